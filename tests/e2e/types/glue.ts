// The wasm-bindgen glue's own types (pkg/painmap.d.ts), used as its README says: must compile
// under the same strict options as the loader's, with `lib: ["ES2022", "DOM"]`.
import init, { advise, mount } from "/painmap/painmap.js";

export async function start(element: HTMLElement): Promise<string> {
  await init();
  const handle = mount(element, { lang: "es" });
  const advice: unknown = advise({ regions: { lower_back_left: 7 } });
  const text = handle.summary();
  handle.destroy();
  handle.free();
  return text + String(advice);
}
