// The main navigation, grouped by task (issue 17): Overzicht, then Verzamelen, Duiden, Raad and
// Beheer, each with only the pages the signed-in roles may open. On a small screen it folds
// behind a "Menu" button: a native <details>/<summary>, so it opens without JavaScript, with the
// keyboard (Enter/Space), and screen readers hear its expanded state. On a wide screen the
// summary is hidden and the groups always show (duiding.css, "Navigation").
import type { Role } from '../services/auth/policy.ts';
import { allows, type Permission } from '../services/auth/policy.ts';
import type { View } from './view.ts';

export type NavKey =
  | 'overview'
  | 'stories'
  | 'indicators'
  | 'import'
  | 'admin'
  | 'users'
  | 'account'
  | 'questionnaires'
  | 'collections'
  | 'entry'
  | 'opgaven'
  | 'dialogues'
  | 'monitor'
  | 'staalkaart'
  | 'reports'
  | 'moderation'
  | 'compare'
  | 'codebook'
  | 'observations'
  | 'patterns'
  | 'network'
  | null;

type ItemKey = Exclude<NavKey, null>;
type NavGroupKey = 'collect' | 'interpret' | 'council' | 'manage';

interface NavItem {
  key: ItemKey;
  href: string;
  /** Who sees the link: the permission its page checks (null: every signed-in user). */
  needs: Permission | null;
}

/** Every page the menu can link to, by task. The first (overview) stands alone above the groups. */
const NAVIGATION: { overview: NavItem; groups: { key: NavGroupKey; items: NavItem[] }[] } = {
  overview: { key: 'overview', href: '/', needs: null },
  groups: [
    {
      key: 'collect',
      items: [
        { key: 'questionnaires', href: '/vragenlijsten', needs: 'questionnaires.read' },
        { key: 'collections', href: '/verzamelingen', needs: 'collections.read' },
        { key: 'entry', href: '/invoeren', needs: 'stories.enter-signal' },
        { key: 'import', href: '/importeren', needs: 'stories.import' },
        { key: 'moderation', href: '/moderatie', needs: 'stories.moderate' },
      ],
    },
    {
      key: 'interpret',
      items: [
        { key: 'stories', href: '/verhalen', needs: 'stories.read' },
        { key: 'patterns', href: '/patronen', needs: 'patterns.read' },
        { key: 'compare', href: '/vergelijken', needs: 'compare.read' },
        { key: 'codebook', href: '/codeboek', needs: 'codes.read' },
        { key: 'observations', href: '/observaties', needs: 'observations.read' },
        { key: 'indicators', href: '/cijfers', needs: 'indicators.read' },
        { key: 'opgaven', href: '/opgaven', needs: 'opgaven.read' },
        { key: 'dialogues', href: '/dialogen', needs: 'dialogues.read' },
        { key: 'network', href: '/netwerken', needs: 'network.read' },
      ],
    },
    {
      key: 'council',
      items: [
        { key: 'monitor', href: '/monitor', needs: 'monitor.read' },
        { key: 'staalkaart', href: '/staalkaart', needs: 'monitor.read' },
        { key: 'reports', href: '/rapporten', needs: 'reports.read' },
      ],
    },
    {
      key: 'manage',
      items: [
        { key: 'admin', href: '/beheer', needs: 'tenant.manage' },
        { key: 'users', href: '/beheer/gebruikers', needs: 'users.manage' },
        { key: 'account', href: '/account', needs: null },
      ],
    },
  ],
};

export interface NavGroups {
  overview: NavItem;
  groups: { key: NavGroupKey; items: NavItem[] }[];
}

/** The menu for these roles: groups without a single allowed page are left out. */
export function navigationFor(roles: readonly Role[]): NavGroups {
  const may = (item: NavItem) => item.needs === null || allows(roles, item.needs);
  return {
    overview: NAVIGATION.overview,
    groups: NAVIGATION.groups.map((g) => ({ key: g.key, items: g.items.filter(may) })).filter((g) => g.items.length > 0),
  };
}

function NavLink({ view, item, current }: { view: View; item: NavItem; current: NavKey }) {
  return (
    <a class="utrecht-link utrecht-link--html-a duiding-nav__link" href={item.href} aria-current={current === item.key ? 'page' : undefined}>
      {view.t.nav[item.key]}
    </a>
  );
}

export function MainNavigation({ view, groups, current }: { view: View; groups: NavGroups; current: NavKey }) {
  const { t } = view;
  return (
    <nav class="duiding-nav" aria-label={t.navLabel}>
      <details class="duiding-nav__menu">
        <summary class="duiding-nav__toggle">{t.navMenu}</summary>
        <ul class="duiding-nav__groups">
          <li class="duiding-nav__group duiding-nav__group--home">
            <NavLink view={view} item={groups.overview} current={current} />
          </li>
          {groups.groups.map((group) => (
            <li class="duiding-nav__group">
              <span class="duiding-nav__heading" id={`menu-${group.key}`}>
                {t.navGroups[group.key]}
              </span>
              <ul class="duiding-nav__list" aria-labelledby={`menu-${group.key}`}>
                {group.items.map((item) => (
                  <li>
                    <NavLink view={view} item={item} current={current} />
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </details>
    </nav>
  );
}
