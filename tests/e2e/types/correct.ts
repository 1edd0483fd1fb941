// A page's script as a clinic's developer writes it, using every part of the loader's types:
// this must compile under `tsc --strict` with `lib: ["ES2022", "DOM"]` and no skipLibCheck.
import PainMapDefault, {
  PainMap,
  mount,
  type MountOptions,
  type PainMapAdvice,
  type PainMapConfig,
  type PainMapHandle,
} from "/painmap/painmap-embed.js";

const element = document.getElementById("painmap")!;

// Every setting, in each form it takes.
const config: PainMapConfig = {
  lang: "es",
  clinicName: "Clínica del Río",
  techniques: ["swedish", "deep_tissue", "myofascial_release", "trigger_point", "neuromuscular"],
  bookingUrl: "https://clinica.example/reservar",
  phone: "+34 910 000 000",
  emergencyNumber: "112",
  theme: "auto",
  accent: "#7a3e9d",
  key: "back-pain",
};
const more: PainMapConfig = { lang: "en-GB", techniques: "thai,shiatsu_acupressure,sports,prenatal", theme: "host" };
const themes: PainMapConfig[] = [{ theme: "light" }, { theme: "dark" }, {}];

export async function start(): Promise<string> {
  const controller = new AbortController();
  const options: MountOptions = { signal: controller.signal };
  const handle: PainMapHandle = await PainMap.mount(element, config, options);
  handle.setLang("en");
  handle.reset();
  const text: string = handle.summary();
  handle.destroy();
  await mount(element, more);
  await PainMapDefault.mount(element);
  await PainMap.ready();
  const release: string = PainMap.version;
  console.log(release);
  controller.abort();
  return text + themes.length;
}

// The events, with their details.
element.addEventListener("painmap:change", (event) => {
  const step: number = event.detail.step;
  const lowerBack: number | undefined = event.detail.intake.regions.lower_back_left;
  const fever = event.detail.intake.answers["fever"];
  console.log(step, lowerBack, fever, event.detail.intake.age ?? "no age yet");
});
element.addEventListener("painmap:advice", (event) => {
  const advice: PainMapAdvice = event.detail;
  if (advice.level === "emergency" && advice.urgency === "immediate") console.log("emergency");
  for (const reason of advice.reasons) console.log(reason.rule, reason.fields.join(), reason.assumed?.length);
  const best = advice.techniques[0]?.id;
  console.log(advice.rules_version, advice.painmap_version.split("."), best, advice.avoid.map((a) => a.id), advice.precautions[0]?.code);
});
element.addEventListener("painmap:book", (event) => {
  event.preventDefault();
  console.log(event.detail.bookingUrl, event.detail.level, event.detail.techniques.includes("swedish"));
});
element.addEventListener("painmap:ready", (event) => console.log(event.detail.version));
element.addEventListener("painmap:error", (event) => {
  if (event.detail.kind === "load") console.log(event.detail.message);
});
document.addEventListener("painmap:loaded", (event) => console.log("loader", event.detail.version));

// The element: found by its tag, its handle null until the widget is live.
const widget = document.querySelector("pain-map")!;
const handle: PainMapHandle | null = widget.painmap;
handle?.summary();
widget.addEventListener("painmap:book", (event) => console.log(event.detail.techniques));
const created = document.createElement("pain-map");
created.dataset.lang = "es";
console.log(created.painmap === null);

// Classic scripts' window.PainMap, there once the module has run.
window.PainMap?.ready().then(() => console.log("loaded"));

// An <iframe data-painmap> sized by painmap-frame.js: the widget's events and its height.
const frame = document.createElement("iframe");
window.PainMapFrame?.attach(frame);
frame.addEventListener("painmap:height", (event) => console.log(event.detail.height.toFixed(0)));
frame.addEventListener("painmap:change", (event) => console.log(event.detail.step));
