/** The council boundaries as the demo site serves them, relative to its pages (the command line writes its own copy beside each feed). */
export const DEMO_SITE_BOUNDARIES = 'geo/england-utla-2023-derived-simplified.topojson';
