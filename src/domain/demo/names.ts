// Invented first names only: no surnames, no addresses, nothing that points to a real person.
export const BOY_NAMES = [
  'Daan', 'Sem', 'Milan', 'Noah', 'Lucas', 'Finn', 'Levi', 'Youssef', 'Jesse', 'Bram', 'Thijs', 'Mees',
  'Ayoub', 'Ruben', 'Stijn', 'Luuk', 'Joep', 'Kai', 'Omar', 'Teun', 'Jayden', 'Siem', 'Mohamed', 'Hugo',
] as const;

export const GIRL_NAMES = [
  'Sanne', 'Lotte', 'Emma', 'Julia', 'Noor', 'Fenna', 'Yara', 'Sara', 'Lieke', 'Fatima', 'Zoë', 'Mila',
  'Anouk', 'Isa', 'Nina', 'Amira', 'Roos', 'Evi', 'Lina', 'Jasmijn', 'Saar', 'Hiba', 'Tess', 'Liv',
] as const;
