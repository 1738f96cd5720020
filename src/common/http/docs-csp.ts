import helmet from 'helmet';

/**
 * The Content-Security-Policy of the Swagger UI page: its scripts, styles and images come from this
 * server only; the page's own style block and the UI's style attributes need inline styles, its icons
 * data: images. No inline or foreign script runs, and no other site may frame it.
 */
export const docsContentSecurityPolicy = () =>
  helmet.contentSecurityPolicy({
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      fontSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
  });
