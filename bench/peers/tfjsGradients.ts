import { createRequire } from 'node:module';

// tfjs-core's Node build has no gradients: training needs its `register_all_gradients` module,
// which exists only as ES module files whose imports leave out the `.js` extension, so Node's ES
// module loader cannot resolve them. Through `require` they resolve, and the runner compiles them.
// They are a second copy of tfjs-core, but tfjs keeps its engine and registries on `globalThis`,
// so the gradients land in the registry the Node build uses.
createRequire(import.meta.url)('@tensorflow/tfjs-core/dist/register_all_gradients.js');
