// Entry point that app.ts imports; the routes themselves are JSX (routes.tsx).
export { webRoutes } from './routes.tsx';
