// <pain-map> in React 19's JSX, with painmap-react.d.ts: must compile, as correct.ts.
import { useRef } from "react";
import type { PainMapElement } from "/painmap/painmap-embed.js";

export function Clinic() {
  const ref = useRef<PainMapElement>(null);
  const summary = () => ref.current?.painmap?.summary() ?? "";
  return (
    <main onClick={() => console.log(summary())}>
      <pain-map data-lang="es" />
      <pain-map
        ref={ref}
        id="back-pain"
        class="widget"
        className="widget"
        style={{ maxWidth: 480 }}
        loading="lazy"
        data-lang="en"
        data-clinic-name="Riverside Massage Clinic"
        data-techniques="swedish,deep_tissue"
        data-booking-url="https://clinic.example/book"
        data-phone="+44 20 7946 0000"
        data-emergency-number="999"
        data-theme="dark"
        data-accent="#0b6e69"
        data-key="back"
        data-analytics-id="the page's own"
      />
    </main>
  );
}
