/**
 * First names handed to writers for illustrative people. A name from this pool that turns up in an
 * article's body must be listed in that article's `people`, even if no article lists it yet.
 * Add the names of a new pool here when one is handed out.
 */
export const NAME_POOL = [
  'Imogen',
  'Farid',
  'Bethan',
  'Kwame',
  'Marta',
  'Declan',
  'Niamh',
  'Tobias',
  'Yasmin',
  'Callum',
  'Ifeoma',
  'Pedro',
  'Siobhan',
  'Arjun',
  'Greta',
  'Malik',
  'Hollie',
  'Tomasz',
  'Freya',
  'Dev',
  'Aoife',
  'Kofi',
  'Lucía',
  'Rhys',
];
