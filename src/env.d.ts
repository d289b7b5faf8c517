// Lets plain TypeScript (tests, tsc) import .astro components; the Astro compiler types them in builds.
declare module '*.astro' {
  const component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default component;
}
