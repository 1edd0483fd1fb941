// A React 19 app in StrictMode that shows painmap the three ways the README gives: mounted in
// an effect with a cancel flag, mounted in an effect with an AbortSignal, and `<pain-map>` in
// JSX. The address's `?way=flag|signal|element` picks one. tests/e2e/react.test.mjs bundles it
// with esbuild; the loader stays outside the bundle, loaded from where painmap is hosted.
import { StrictMode, useEffect, useRef, useState } from "react";
import { createRoot } from "react-dom/client";
import { PainMap } from "/pkg/painmap-embed.js";

const CONFIG = { lang: "en", clinicName: "Riverside Massage Clinic" };

function WithFlag() {
  const ref = useRef(null);
  useEffect(() => {
    let cancelled = false;
    let handle;
    PainMap.mount(ref.current, CONFIG).then((mounted) => {
      if (cancelled) mounted.destroy();
      else handle = mounted;
    });
    return () => {
      cancelled = true;
      handle?.destroy();
    };
  }, []);
  return <div id="painmap" ref={ref} />;
}

function WithSignal() {
  const ref = useRef(null);
  useEffect(() => {
    const controller = new AbortController();
    PainMap.mount(ref.current, CONFIG, { signal: controller.signal }).catch((error) => {
      if (error.name !== "AbortError") console.error(error);
    });
    return () => controller.abort();
  }, []);
  return <div id="painmap" ref={ref} />;
}

function AsElement() {
  return <pain-map id="painmap" class="painmap-host" data-lang="en" data-clinic-name="Riverside Massage Clinic" />;
}

const WAYS = { flag: WithFlag, signal: WithSignal, element: AsElement };

function App({ Widget }) {
  const [shown, setShown] = useState(true);
  return (
    <main>
      <button id="toggle" type="button" onClick={() => setShown((now) => !now)}>
        {shown ? "Hide the map" : "Show the map"}
      </button>
      {shown && <Widget />}
    </main>
  );
}

const way = new URLSearchParams(location.search).get("way") ?? "flag";
createRoot(document.getElementById("root")).render(
  <StrictMode>
    <App Widget={WAYS[way]} />
  </StrictMode>,
);
