// Mistakes that must NOT compile. Each line marked `// ✗ TSnnnn text` must give exactly that
// error (its code, and text found in its message), and no other line may give any:
// tests/e2e/types.test.mjs checks each one.
import { PainMap, mount, type PainMapConfig } from "/painmap/painmap-embed.js";

const element = document.getElementById("painmap")!;

export async function mistakes(): Promise<void> {
  await mount(element, { lnag: "es" }); // ✗ TS2353 'lnag' does not exist in type 'PainMapConfig'
  await mount(element, { theme: 42 }); // ✗ TS2322 Type 'number' is not assignable to type 'PainMapTheme
  await mount(element, { theme: "blue" }); // ✗ TS2322 Type '"blue"' is not assignable to type 'PainMapTheme
  await mount(element, { techniques: ["reiki"] }); // ✗ TS2322 Type '"reiki"' is not assignable to type 'PainMapTechnique'
  await mount(element, { accent: "red" }); // ✗ TS2322 Type '"red"' is not assignable to type '`#${string}`'
  await PainMap.mount(element, { clinicName: 42 }); // ✗ TS2322 Type 'number' is not assignable to type 'string'
  await PainMap.mount("#painmap"); // ✗ TS2345 not assignable to parameter of type 'HTMLElement'
  await mount(element, {}, { signal: "stop" }); // ✗ TS2322 Type 'string' is not assignable to type 'AbortSignal'
  const settings: PainMapConfig = { clinic_name: "Riverside" }; // ✗ TS2561 Did you mean to write 'clinicName'?
  const handle = await mount(element, settings);
  handle.free(); // ✗ TS2339 Property 'free' does not exist on type 'PainMapHandle'
}

element.addEventListener("painmap:advice", (event) => {
  console.log(event.detail.levle); // ✗ TS2551 Property 'levle' does not exist on type 'PainMapAdvice'
});
element.addEventListener("painmap:book", (event) => {
  const url: number = event.detail.bookingUrl; // ✗ TS2322 Type 'string' is not assignable to type 'number'
  console.log(url);
});
element.addEventListener("painmap:error", (event) => {
  if (event.detail.kind === "network") console.log("offline"); // ✗ TS2367 '"network"' have no overlap
});

document.querySelector("pain-map")!.painmap.reset(); // ✗ TS2531 Object is possibly 'null'
PainMap.mount = mount; // ✗ TS2540 Cannot assign to 'mount' because it is a read-only property
