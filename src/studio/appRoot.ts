/**
 * The studio page lives one folder below the visitor app (`<root>/studio/`), and the build uses relative paths, so
 * the API and the visitor pages are one level up from wherever the exhibition is hosted.
 */
export const APP_ROOT = '../'
