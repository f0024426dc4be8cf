/**
 * Every URL the site builds, in one place: pages, feeds, Open Graph images, anchors and the
 * submission endpoints. Paths are root-relative and end in `/` where a page is meant
 * (`trailingSlash: 'always'`); make them absolute with `new URL(path, site)`.
 *
 * Server code (pages, layouts, components, src/data, src/lib/seo) imports from here. Browser code
 * imports the one file it needs (`paths/content`, `paths/pages` or `paths/submission`): the
 * bundler puts a module shared by the quiz, the search dialog and the forms in a chunk of its own,
 * which would cost every article and quiz page one more request. Split by who uses them, each file
 * joins the chunk its users already share.
 */
export * from './content';
export * from './pages';
export * from './submission';
