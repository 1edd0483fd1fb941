//! A polite live region that speaks what the last action changed, for screen-reader users who
//! pressed a button whose own label does not change.

use yew::prelude::*;

use super::value_text;
use painmap_core::i18n::{fill, Lang, Msg};
use painmap_core::journey::Announcement;

pub fn live_region(lang: Lang, announcement: Option<Announcement>) -> Html {
    let text = announcement.map(|announcement| match announcement {
        Announcement::Intensity(region, intensity) => fill(
            lang.text(Msg::AnnounceIntensity),
            &[
                ("region", lang.text(Msg::Region(region))),
                ("value", &value_text(lang, intensity)),
            ],
        ),
        Announcement::Removed(region) => fill(
            lang.text(Msg::AnnounceRemoved),
            &[("region", lang.text(Msg::Region(region)))],
        ),
        Announcement::Cleared => lang.text(Msg::AnnounceCleared).to_owned(),
        Announcement::AdviceReady(level) => fill(
            lang.text(Msg::AnnounceAdvice),
            &[("level", lang.text(Msg::LevelTitle(level)))],
        ),
    });
    html! {
        <div class="sr-only" role="status" aria-live="polite">{ text.unwrap_or_default() }</div>
    }
}
