//! The journey's single state and the intent-named actions that change it.
//!
//! The reducer is a pure function of (state, action), so every transition is unit-tested
//! natively; focus moves and other DOM effects happen in components' `use_effect_with`.

use serde::Serialize;

use crate::engine::{self, Level};
use crate::i18n::Lang;
use crate::model::{
    Answer, DurationChoice, Goal, Intake, Intensity, Onset, PainMap, Quality, Question, RawValue,
    Region,
};
pub use crate::step::Step;

/// How the regions are shown: the drawing, or a plain list for people who cannot use it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum View {
    #[default]
    Map,
    List,
}

/// What the live region should say after the last action, if anything.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Announcement {
    Intensity(Region, Intensity),
    Removed(Region),
    Cleared,
    /// The advice step has appeared with advice at this level.
    AdviceReady(Level),
}

/// Something a step still needs before Next moves on; shown next to the control and in a
/// summary above Next.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Need {
    /// At least one painful area on the map.
    Region,
    Age,
    Duration,
    Onset,
    /// How many massages for this pain: after two, whether they helped changes the advice.
    Sessions,
    /// "Did the massages help?", asked after two or more sessions.
    Improved,
    /// A Yes / No / Not sure question shown on the step.
    Answer(Question),
}

/// Bumped when the saved shape changes, so an old entry is ignored rather than misread
/// (2: nine steps, where version 1 had five).
const SAVED_VERSION: u8 = 2;

/// The largest entry read back. A full journey (every area marked, every question answered,
/// every field at its longest) saves in about 2 KB; a bigger entry was not written by
/// painmap, and parsing it would only cost the person time and the page memory.
pub const MAX_SAVED_BYTES: usize = 16 * 1024;

/// The session-storage entry: `{"v":2,"lang":"en","step":3,"intake":{…}}`.
#[derive(Debug, Serialize)]
pub struct Saved<'a> {
    v: u8,
    lang: &'static str,
    step: usize,
    intake: &'a Intake,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct AppState {
    pub lang: Lang,
    pub step: Step,
    /// Everything the person has told us; the map is `intake.regions`.
    pub intake: Intake,
    /// The region whose intensity control is open.
    pub selected: Option<Region>,
    pub view: View,
    /// "Clear all" asks before it wipes the map.
    pub confirming_clear: bool,
    /// "Start over" asks before it wipes everything.
    pub confirming_restart: bool,
    /// Next was pressed while the step still needed answers: show what is missing.
    pub show_needs: bool,
    /// How many times Next was refused: each refusal brings the first missing answer into
    /// view again, even when what is missing has not changed.
    pub refused: u32,
    /// The step an emergency answer jumped from: Back from the advice returns there, where
    /// a mistaken tap can be undone, not to a screen the person never saw.
    pub jumped_from: Option<Step>,
    pub announcement: Option<Announcement>,
    /// Done was tapped in the intensity control with no value set: it stays open and asks for a
    /// number, rather than silently marking nothing. Like the announcement, it answers the last
    /// action only.
    pub asking_number: bool,
}

/// What the person meant to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// Open the intensity control for a region (tap, Enter or Space).
    SelectRegion(Region),
    SetIntensity(Region, Intensity),
    /// A number button in the control: sets the intensity and closes the control, so marking a
    /// region takes two taps (the region, then its number).
    ChooseIntensity(Region, Intensity),
    /// Done in the control: closes it when the region has a value, else asks for one.
    FinishRegion,
    /// Step the selected region's intensity up or down by one.
    StepIntensity(Region, i8),
    RemoveRegion(Region),
    /// Escape: closes the control, whatever its value.
    CloseControl,
    ShowView(View),
    AskClearAll,
    CancelClearAll,
    ClearAll,
    SetLang(Lang),
    /// Next: moves on when the step has what it needs, else shows what is missing.
    Next,
    Back,
    /// Jump to an earlier step (the summary's "Change" links, the progress indicator).
    GoTo(Step),
    SetDuration(DurationChoice),
    SetOnset(Onset),
    SetAge(Option<u16>),
    ToggleQuality(Quality),
    ToggleGoal(Goal),
    SetSessions(u32),
    SetImproved(Answer),
    SetPregnancyWeeks(Option<u8>),
    /// An answer to one question; `None` makes it unanswered again.
    Answer(Question, Option<Answer>),
    /// "None of these" / "No to the rest" on a question screen: every question shown there
    /// and still open is answered no, and the journey moves on in the same tap.
    NoneOfRest,
    AskStartOver,
    CancelStartOver,
    StartOver,
}

impl AppState {
    /// A fresh journey in a language.
    pub fn new(lang: Lang) -> AppState {
        AppState {
            lang,
            ..AppState::default()
        }
    }

    /// The state saved by [`AppState::saved`] (after a reload), or `None` when it cannot be
    /// read: a damaged or foreign entry must not stop the widget, it only starts afresh.
    pub fn restore(saved: &RawValue) -> Option<AppState> {
        let RawValue::Object(fields) = saved else {
            return None;
        };
        let field = |name: &str| fields.iter().find(|(key, _)| key == name).map(|(_, v)| v);
        if field("v") != Some(&RawValue::Number(f64::from(SAVED_VERSION))) {
            return None;
        }
        let lang = match field("lang") {
            Some(RawValue::String(tag)) => Lang::from_tag(tag)?,
            _ => return None,
        };
        let intake = Intake::from_saved(field("intake")?).ok()?;
        let mut state = AppState {
            lang,
            intake,
            ..AppState::default()
        };
        // An entry saved by an older build, or edited, may hold answers to questions that
        // are not asked: the person could neither see nor change them.
        state.forget_unasked();
        let wanted = match field("step") {
            Some(RawValue::Number(n)) if n.fract() == 0.0 && *n >= 1.0 => {
                Step::from_number(*n as usize)?
            }
            _ => return None,
        };
        // Never past a step whose answers are missing, whatever the storage says.
        state.step = wanted.min(state.furthest_allowed());
        Some(state)
    }

    /// What survives a reload: the language, the step and the intake.
    pub fn saved(&self) -> Saved<'_> {
        Saved {
            v: SAVED_VERSION,
            lang: self.lang.tag(),
            step: self.step.number(),
            intake: &self.intake,
        }
    }

    pub fn map(&self) -> &PainMap {
        &self.intake.regions
    }

    /// The state after `action`; pure, so the UI and the tests share one truth.
    pub fn apply(&self, action: Action) -> AppState {
        let mut next = self.clone();
        next.announcement = None;
        next.asking_number = false;
        match action {
            Action::SelectRegion(region) => {
                next.selected = Some(region);
                next.confirming_clear = false;
            }
            Action::SetIntensity(region, intensity) => next.set(region, intensity),
            Action::ChooseIntensity(region, intensity) => {
                next.set(region, intensity);
                next.selected = None;
            }
            Action::FinishRegion => match next.selected {
                Some(region) if !next.map().get(region).is_pain() => next.asking_number = true,
                _ => next.selected = None,
            },
            Action::StepIntensity(region, delta) => {
                let intensity = next.map().get(region).step(i32::from(delta));
                next.set(region, intensity);
            }
            Action::RemoveRegion(region) => {
                let was_marked = next.map().get(region).is_pain();
                next.intake.regions.remove(region);
                next.selected = None;
                if was_marked {
                    next.announcement = Some(Announcement::Removed(region));
                }
            }
            Action::CloseControl => next.selected = None,
            Action::ShowView(view) => next.view = view,
            Action::AskClearAll => next.confirming_clear = !next.map().is_empty(),
            Action::CancelClearAll => next.confirming_clear = false,
            Action::ClearAll => {
                next.intake.regions.clear();
                next.selected = None;
                next.confirming_clear = false;
                next.announcement = Some(Announcement::Cleared);
            }
            Action::SetLang(lang) => next.lang = lang,
            Action::Next => next.next_step(),
            Action::Back => {
                let back = match next.step {
                    Step::Advice => next.jumped_from.or(next.step.previous()),
                    step => step.previous(),
                };
                if let Some(step) = back {
                    next.go_to(step);
                }
            }
            Action::GoTo(step) => {
                if step <= next.furthest_allowed() {
                    next.go_to(step);
                }
            }
            Action::SetDuration(choice) => next.intake.duration_days = Some(choice.days()),
            Action::SetOnset(onset) => next.intake.onset = Some(onset),
            Action::SetAge(age) => next.intake.age = age,
            Action::ToggleQuality(quality) => toggle(&mut next.intake.qualities, quality),
            Action::ToggleGoal(goal) => toggle(&mut next.intake.goals, goal),
            Action::SetSessions(count) => next.intake.massage_sessions_for_this_pain = Some(count),
            Action::SetImproved(answer) => next.intake.improved_after_massage = Some(answer),
            Action::SetPregnancyWeeks(weeks) => next.intake.pregnancy_weeks = weeks,
            Action::Answer(question, answer) => next.intake.answers.set(question, answer),
            Action::NoneOfRest if next.step.is_question_screen() => {
                // Only what is still open: a mis-tap must not wipe a yes or a cautious "not
                // sure" the person gave on purpose. A no closes its follow-ups, so the
                // questions shown afterwards are all answered.
                let open: Vec<Question> = next
                    .step
                    .shown(&next.intake)
                    .filter(|q| next.intake.answer(*q).is_none())
                    .collect();
                for question in open {
                    next.intake.answers.set(question, Some(Answer::No));
                }
                next.forget_unasked();
                next.next_step();
            }
            Action::NoneOfRest => {}
            Action::AskStartOver => next.confirming_restart = true,
            Action::CancelStartOver => next.confirming_restart = false,
            Action::StartOver => next = AppState::new(self.lang),
        }
        // Whatever changed (an answer, the map, the age, the sessions), a question no longer
        // asked keeps no answer.
        next.forget_unasked();
        // The moment the answers mean an emergency, the advice appears, on whichever step the
        // change was made (an answer, or a changed onset or map that an earlier answer now
        // makes an emergency): the person is not made to finish the form first. Once it has
        // been shown, they may come back and go on answering for their therapist without
        // being sent back at every tick. The earlier advice is worked out only when needed,
        // and neither when the answers are as they were (the advice follows from them alone):
        // opening or closing an area's control, the view, a step, do not run the engine.
        if next.step < Step::Advice
            && next.intake != self.intake
            && next.advice().level == Level::Emergency
            && self.advice().level != Level::Emergency
        {
            let from = next.step;
            next.go_to(Step::Advice);
            next.jumped_from = Some(from);
        }
        next
    }

    /// What the current step still needs before Next moves on, in the order shown.
    pub fn needs(&self) -> Vec<Need> {
        let emergency = self.step > Step::Map && self.advice().level == Level::Emergency;
        self.needs_at(self.step, emergency)
    }

    /// What `step` needs; `emergency` waives every step after the map: an emergency answer
    /// ends the form, and the advice must stay reachable (after Back, after a reload)
    /// without the rest being filled in first.
    fn needs_at(&self, step: Step, emergency: bool) -> Vec<Need> {
        let intake = &self.intake;
        let mut needs = Vec::new();
        if step == Step::Map {
            if intake.regions.is_empty() {
                needs.push(Need::Region);
            }
            return needs;
        }
        if emergency {
            return needs;
        }
        if step == Step::About {
            let missing = [
                (intake.duration_days.is_none(), Need::Duration),
                (intake.onset.is_none(), Need::Onset),
                (intake.age.is_none(), Need::Age),
                (
                    intake.massage_sessions_for_this_pain.is_none(),
                    Need::Sessions,
                ),
                // Skipped, it would read as "not sure" and send the person to a doctor: it
                // is asked, with "Not sure" as an answer.
                (
                    intake.asks_improved() && intake.improved_after_massage.is_none(),
                    Need::Improved,
                ),
            ];
            needs.extend(missing.into_iter().filter(|(m, _)| *m).map(|(_, n)| n));
        }
        // Every question shown is answered explicitly: an unticked box no longer means no.
        needs.extend(
            step.shown(intake)
                .filter(|q| intake.answer(*q).is_none())
                .map(Need::Answer),
        );
        needs
    }

    /// The latest step the person may jump to: every step before it has what it needs.
    pub fn furthest_allowed(&self) -> Step {
        let emergency = self.advice().level == Level::Emergency;
        Step::ALL
            .iter()
            .copied()
            .find(|step| {
                !self
                    .needs_at(*step, emergency && *step > Step::Map)
                    .is_empty()
            })
            .unwrap_or(Step::Summary)
    }

    /// The advice for what has been entered so far (the engine is pure and fast).
    pub fn advice(&self) -> engine::Advice {
        engine::advise(&self.intake)
    }

    fn next_step(&mut self) {
        // An emergency waives the steps after the map; when a later answer ends it (an onset
        // no longer sudden), the steps passed over meanwhile are asked before going on.
        let allowed = self.furthest_allowed();
        if allowed < self.step {
            self.go_to(allowed);
            self.show_needs = true;
            self.refused = self.refused.wrapping_add(1);
            return;
        }
        if !self.needs().is_empty() {
            self.show_needs = true;
            self.refused = self.refused.wrapping_add(1);
            return;
        }
        if let Some(step) = self.step.next() {
            self.go_to(step);
        }
    }

    fn go_to(&mut self, step: Step) {
        if step == Step::Advice && self.step != Step::Advice {
            self.announcement = Some(Announcement::AdviceReady(self.advice().level));
        }
        self.step = step;
        self.selected = None;
        self.confirming_clear = false;
        self.confirming_restart = false;
        self.show_needs = false;
        // Back from the advice returns to the screen of the emergency answer, also after a
        // look at the summary.
        if !matches!(step, Step::Advice | Step::Summary) {
            self.jumped_from = None;
        }
    }

    /// Answers to questions the journey no longer asks are dropped: the person cannot see
    /// them to change them, and the rules must not read them. A follow-up's condition reads
    /// only questions that are not follow-ups, so one pass is enough.
    fn forget_unasked(&mut self) {
        let intake = &mut self.intake;
        for question in Question::ALL.iter().copied().filter(|q| q.is_follow_up()) {
            if !intake.is_asked(question) {
                intake.answers.set(question, None);
            }
        }
        if !intake.asks_improved() {
            intake.improved_after_massage = None;
        }
        if !intake.reads_yes(Question::Pregnant) {
            intake.pregnancy_weeks = None;
        }
    }

    fn set(&mut self, region: Region, intensity: Intensity) {
        if self.map().get(region) == intensity {
            return;
        }
        self.intake.regions.set(region, intensity);
        self.selected = Some(region);
        self.announcement = Some(if intensity.is_pain() {
            Announcement::Intensity(region, intensity)
        } else {
            Announcement::Removed(region)
        });
    }
}

/// Where an asked follow-up is shown: under the question whose yes (or "not sure") asks it,
/// or, when something else asks it (a marked neck or calf), `None`: on its own.
pub fn shown_under(intake: &Intake, question: Question) -> Option<Question> {
    question
        .follow_up_of()
        .filter(|parent| intake.reads_yes(*parent))
}

fn toggle<T: PartialEq + Copy>(list: &mut Vec<T>, item: T) {
    if let Some(at) = list.iter().position(|x| *x == item) {
        list.remove(at);
    } else {
        list.push(item);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::RuleId;
    use crate::model::Screen;

    fn level(value: u8) -> Intensity {
        Intensity::new(value).unwrap()
    }

    fn run(actions: &[Action]) -> AppState {
        actions
            .iter()
            .fold(AppState::default(), |state, action| state.apply(*action))
    }

    #[test]
    fn selecting_opens_the_control_without_marking_pain() {
        let state = run(&[Action::SelectRegion(Region::LowerBackLeft)]);
        assert_eq!(state.selected, Some(Region::LowerBackLeft));
        assert!(state.map().is_empty());
    }

    #[test]
    fn setting_an_intensity_marks_the_region_and_announces_it() {
        let state = run(&[
            Action::SelectRegion(Region::LowerBackLeft),
            Action::SetIntensity(Region::LowerBackLeft, level(7)),
        ]);
        assert_eq!(state.map().get(Region::LowerBackLeft), level(7));
        assert_eq!(
            state.announcement,
            Some(Announcement::Intensity(Region::LowerBackLeft, level(7)))
        );
    }

    #[test]
    fn setting_zero_clears_the_region_but_keeps_the_control_open() {
        let state = run(&[
            Action::SetIntensity(Region::Neck, level(4)),
            Action::SetIntensity(Region::Neck, Intensity::NONE),
        ]);
        assert!(state.map().is_empty());
        assert_eq!(state.selected, Some(Region::Neck));
        assert_eq!(
            state.announcement,
            Some(Announcement::Removed(Region::Neck))
        );
    }

    #[test]
    fn a_number_marks_the_region_and_closes_the_control_in_one_tap() {
        let state = run(&[
            Action::SelectRegion(Region::HipLeft),
            Action::ChooseIntensity(Region::HipLeft, level(6)),
        ]);
        assert_eq!(state.map().get(Region::HipLeft), level(6));
        assert_eq!(state.selected, None);
        assert_eq!(
            state.announcement,
            Some(Announcement::Intensity(Region::HipLeft, level(6)))
        );
    }

    #[test]
    fn done_without_a_value_keeps_the_control_open_and_asks_for_a_number() {
        let asked = run(&[Action::SelectRegion(Region::Sacrum), Action::FinishRegion]);
        assert_eq!(asked.selected, Some(Region::Sacrum));
        assert!(asked.asking_number);
        assert!(asked.map().is_empty());

        let chosen = asked.apply(Action::SetIntensity(Region::Sacrum, level(3)));
        assert!(
            !chosen.asking_number,
            "the request goes once a value is set"
        );
        let done = chosen.apply(Action::FinishRegion);
        assert_eq!(done.selected, None);
        assert_eq!(done.map().get(Region::Sacrum), level(3));

        let escaped = asked.apply(Action::CloseControl);
        assert!(escaped.selected.is_none() && !escaped.asking_number && escaped.map().is_empty());
    }

    #[test]
    fn steps_stay_on_the_scale() {
        let state = run(&[
            Action::SelectRegion(Region::Sacrum),
            Action::StepIntensity(Region::Sacrum, -1),
        ]);
        assert!(state.map().is_empty());
        assert_eq!(
            state.announcement, None,
            "nothing changed, so nothing is announced"
        );
        let state = (0..12).fold(state, |s, _| {
            s.apply(Action::StepIntensity(Region::Sacrum, 1))
        });
        assert_eq!(state.map().get(Region::Sacrum), Intensity::MAX);
    }

    #[test]
    fn remove_clears_and_closes() {
        let state = run(&[
            Action::SetIntensity(Region::CalfLeft, level(3)),
            Action::RemoveRegion(Region::CalfLeft),
        ]);
        assert!(state.map().is_empty());
        assert_eq!(state.selected, None);
        assert_eq!(
            state.announcement,
            Some(Announcement::Removed(Region::CalfLeft))
        );
    }

    #[test]
    fn clear_all_asks_first_and_only_when_there_is_something_to_clear() {
        assert!(!run(&[Action::AskClearAll]).confirming_clear);
        let asked = run(&[
            Action::SetIntensity(Region::HipLeft, level(2)),
            Action::AskClearAll,
        ]);
        assert!(asked.confirming_clear);
        assert_eq!(asked.apply(Action::CancelClearAll).map().len(), 1);
        let cleared = asked.apply(Action::ClearAll);
        assert!(
            cleared.map().is_empty() && !cleared.confirming_clear && cleared.selected.is_none()
        );
        assert_eq!(cleared.announcement, Some(Announcement::Cleared));
    }

    #[test]
    fn the_view_switch_keeps_the_map() {
        let state = run(&[
            Action::SetIntensity(Region::Neck, level(5)),
            Action::ShowView(View::List),
        ]);
        assert_eq!(state.view, View::List);
        assert_eq!(state.map().get(Region::Neck), level(5));
    }

    /// The About step's needed answers: a 40-year-old, pain for 1 to 3 days that came on
    /// gradually, no massage yet, had it before, not seen a doctor.
    fn answered_about(state: AppState) -> AppState {
        [
            Action::SetDuration(DurationChoice::UpTo3Days),
            Action::SetOnset(Onset::Gradual),
            Action::SetAge(Some(40)),
            Action::SetSessions(0),
            Action::Answer(Question::SimilarPainBefore, Some(Answer::Yes)),
            Action::Answer(Question::SeenDoctorForThisPain, Some(Answer::No)),
        ]
        .into_iter()
        .fold(state, |s, a| s.apply(a))
    }

    /// On from wherever `state` is to `step`, the way the desk worker goes: "None of these"
    /// on each question screen, the About answers above.
    fn walk_to(mut state: AppState, step: Step) -> AppState {
        while state.step < step {
            let before = state.step;
            state = match state.step {
                Step::About => answered_about(state).apply(Action::Next),
                s if s.is_question_screen() => state.apply(Action::NoneOfRest),
                _ => state.apply(Action::Next),
            };
            assert!(
                state.step > before,
                "stuck at {before:?}: {:?}",
                state.needs()
            );
        }
        assert_eq!(state.step, step);
        state
    }

    fn marked(regions: &[(Region, u8)]) -> AppState {
        regions.iter().fold(AppState::default(), |s, (r, v)| {
            s.apply(Action::SetIntensity(*r, level(*v)))
        })
    }

    /// A low-back journey at `step`.
    fn at(step: Step) -> AppState {
        walk_to(marked(&[(Region::LowerBackLeft, 4)]), step)
    }

    #[test]
    fn the_journey_asks_the_emergency_signs_first_then_a_short_screen_at_a_time() {
        // The map, then the emergency signs, before anything else is asked; ALL in the order
        // the steps compare (Back, GoTo and furthest_allowed rely on it).
        assert_eq!(
            Step::ALL.get(..3),
            Some(&[Step::Map, Step::Emergency, Step::About][..])
        );
        assert!(Step::ALL.windows(2).all(|pair| pair[0] < pair[1]));
        for (index, step) in Step::ALL.iter().enumerate() {
            assert_eq!(Step::from_number(step.number()), Some(*step));
            assert_eq!(step.number(), index + 1);
        }
        // Every question is asked on exactly one step, and the steps keep the spec's order.
        for question in Question::ALL {
            let holders: Vec<Step> = Step::ALL
                .iter()
                .copied()
                .filter(|s| s.questions().contains(question))
                .collect();
            assert_eq!(holders.len(), 1, "{question:?}");
            assert_eq!(Step::asking(*question), holders.first().copied());
        }
        let screen =
            |step: Step| -> Vec<Screen> { step.questions().iter().map(|q| q.screen()).collect() };
        assert!(screen(Step::Emergency)
            .iter()
            .all(|s| *s == Screen::Emergency));
        assert!(screen(Step::Therapist)
            .iter()
            .all(|s| *s == Screen::Precaution));
        assert!(screen(Step::About).iter().all(|s| *s == Screen::History));
        let health: Vec<&[Question]> = Step::HEALTH.iter().map(|s| s.questions()).collect();
        assert_eq!(health.concat().len(), 24, "the doctor screen, all of it");
        for part in &health {
            let items = part.iter().filter(|q| !q.is_follow_up()).count();
            assert!((6..=7).contains(&items), "about 7 a screen: {part:?}");
            assert!(part.iter().all(|q| q.screen() == Screen::Doctor));
        }
        // A follow-up is on the screen of the question that asks it.
        for question in Question::ALL {
            if let Some(parent) = question.follow_up_of() {
                assert_eq!(Step::asking(*question), Step::asking(parent));
            }
        }
        assert_eq!(Step::Health2.part(), Some((2, 3)));
        assert_eq!(Step::Therapist.part(), None);
        assert!(Step::ALL
            .iter()
            .all(|s| s.is_question_screen() == [2, 4, 5, 6, 7].contains(&s.number())));
    }

    #[test]
    fn next_waits_for_what_the_step_needs_and_counts_each_refusal() {
        let state = run(&[Action::Next]);
        assert_eq!(state.step, Step::Map);
        assert!(state.show_needs);
        assert_eq!(state.refused, 1);
        assert_eq!(state.needs(), vec![Need::Region]);
        let again = state.apply(Action::Next);
        assert_eq!(
            again.refused, 2,
            "a second refusal is news too: it scrolls again"
        );
        let state = again
            .apply(Action::SetIntensity(Region::Neck, level(3)))
            .apply(Action::Next);
        assert_eq!(state.step, Step::Emergency);
        assert!(!state.show_needs);
        let mut emergency: Vec<Need> = Step::Emergency
            .questions()
            .iter()
            .map(|q| Need::Answer(*q))
            .collect();
        assert_eq!(state.needs(), emergency, "the neck signs included");
        let refused = state
            .apply(Action::Answer(Question::SaddleNumbness, Some(Answer::No)))
            .apply(Action::Next);
        assert_eq!(refused.step, Step::Emergency);
        assert_eq!(refused.refused, 3);
        emergency.remove(0);
        assert_eq!(refused.needs(), emergency);

        let about = walk_to(refused, Step::About).apply(Action::Next);
        assert_eq!(about.step, Step::About);
        assert_eq!(
            about.needs(),
            vec![
                Need::Duration,
                Need::Onset,
                Need::Age,
                Need::Sessions,
                Need::Answer(Question::SimilarPainBefore),
                Need::Answer(Question::SeenDoctorForThisPain)
            ],
            "nothing is optional"
        );
        let health = answered_about(about).apply(Action::Next);
        assert_eq!(health.step, Step::Health1);
        let stuck = health
            .apply(Action::Answer(Question::Fever, Some(Answer::No)))
            .apply(Action::Next);
        assert_eq!(stuck.step, Step::Health1);
        assert_eq!(stuck.needs().len(), 6);
        assert_eq!(
            stuck.intake.answer(Question::UrinarySymptoms),
            None,
            "no silent no"
        );
    }

    #[test]
    fn none_of_these_answers_only_the_open_questions_shown_and_moves_on() {
        let state = at(Step::Health2)
            .apply(Action::Answer(Question::Osteoporosis, Some(Answer::Unsure)))
            .apply(Action::Answer(
                Question::LongTermSteroids,
                Some(Answer::Yes),
            ));
        let state = state.apply(Action::NoneOfRest);
        assert_eq!(state.step, Step::Health3, "in the same tap");
        let answer = |q| state.intake.answer(q);
        assert_eq!(answer(Question::Osteoporosis), Some(Answer::Unsure));
        assert_eq!(answer(Question::LongTermSteroids), Some(Answer::Yes));
        assert_eq!(answer(Question::Immunosuppressed), Some(Answer::No));
        assert_eq!(answer(Question::BloodClotHistory), Some(Answer::No));
        assert_eq!(
            answer(Question::Pregnant),
            None,
            "the next screen is untouched"
        );
        assert_eq!(answer(Question::CalfSwellingNow), None, "not asked");
        assert_eq!(
            answer(Question::BackPainBeganBefore45),
            None,
            "not asked either"
        );
        assert_eq!(
            state.advice().level,
            Level::DoctorFirst,
            "the yes and the doubt stand"
        );

        // The calf question stands on the clot's screen when a calf is marked: answered too.
        let calf = walk_to(marked(&[(Region::CalfLeft, 4)]), Step::Health3);
        assert_eq!(
            calf.intake.answer(Question::CalfSwellingNow),
            Some(Answer::No)
        );
        // Elsewhere than on a question screen it does nothing.
        let about = at(Step::About);
        assert_eq!(about.apply(Action::NoneOfRest), about);
    }

    #[test]
    fn the_neck_signs_stand_on_the_emergency_screen_when_the_neck_or_upper_back_is_marked() {
        let low_back = at(Step::Emergency);
        assert!(!low_back
            .step
            .shown(&low_back.intake)
            .any(|q| q == Question::NeckWarningSigns));
        for region in [Region::Neck, Region::SpineCervical, Region::UpperBackRight] {
            let state = walk_to(marked(&[(region, 3)]), Step::Emergency);
            let shown: Vec<Question> = state.step.shown(&state.intake).collect();
            assert_eq!(
                shown.last(),
                Some(&Question::NeckWarningSigns),
                "{region:?}"
            );
            assert_eq!(shown_under(&state.intake, Question::NeckWarningSigns), None);
            let on = state.apply(Action::NoneOfRest);
            assert_eq!(on.step, Step::About);
            assert_eq!(
                on.intake.answer(Question::NeckWarningSigns),
                Some(Answer::No)
            );
        }
    }

    #[test]
    fn an_emergency_sign_shows_the_advice_two_taps_after_the_map_and_back_returns_to_it() {
        let state = marked(&[(Region::LowerBackLeft, 6)])
            .apply(Action::Next)
            .apply(Action::Answer(Question::LegWeakness, Some(Answer::Yes)));
        assert_eq!(state.step, Step::Advice);
        assert_eq!(
            state.announcement,
            Some(Announcement::AdviceReady(Level::Emergency))
        );
        assert!(rules(&state).contains(&RuleId::E_LEG_WEAKNESS));
        // The rest is not asked first, and stays unanswered.
        assert_eq!(state.intake.answer(Question::Fever), None);
        assert_eq!(state.furthest_allowed(), Step::Summary);
        assert_eq!(state.apply(Action::Next).step, Step::Summary);

        // Back goes to the screen of the mistaken tap, where it can be undone.
        let back = state.apply(Action::Back);
        assert_eq!(back.step, Step::Emergency);
        assert!(
            back.needs().is_empty(),
            "waived while the advice is an emergency"
        );
        // Another answer does not throw the person back to the advice…
        let more = back.apply(Action::Answer(Question::SaddleNumbness, Some(Answer::Yes)));
        assert_eq!(more.step, Step::Emergency);
        // …and Next goes on without turning the open questions into "no".
        let next = more.apply(Action::Next);
        assert_eq!(next.step, Step::About);
        assert_eq!(next.intake.answer(Question::BladderOrBowelChange), None);

        // Undone, the check is theirs to finish again.
        let undone = back.apply(Action::Answer(Question::LegWeakness, Some(Answer::No)));
        assert_eq!(undone.step, Step::Emergency);
        assert_eq!(undone.needs().len(), Step::Emergency.questions().len() - 2);

        // A doubt about a heart symptom is an emergency too; about numbness it is not.
        let chest = at(Step::Emergency).apply(Action::Answer(
            Question::ChestPainOrBreathlessness,
            Some(Answer::Unsure),
        ));
        assert_eq!(chest.step, Step::Advice);
        assert!(rules(&chest).contains(&RuleId::E_CHEST));
        let saddle = at(Step::Emergency).apply(Action::Answer(
            Question::SaddleNumbness,
            Some(Answer::Unsure),
        ));
        assert_eq!(saddle.step, Step::Emergency);
    }

    #[test]
    fn an_emergency_ended_by_a_later_answer_asks_the_steps_it_had_waived() {
        // Faint before the onset is known reads as sudden: E_COLLAPSE, and the advice.
        let state = marked(&[(Region::LowerBackLeft, 6)])
            .apply(Action::Next)
            .apply(Action::Answer(
                Question::FeelingFaintSweatyOrNauseous,
                Some(Answer::Yes),
            ));
        assert_eq!(state.step, Step::Advice);
        // Back, then on to About with the other signs waived by the emergency…
        let about = state.apply(Action::Back).apply(Action::Next);
        assert_eq!(about.step, Step::About);
        // …where a gradual onset ends the emergency: Next goes back to the signs not answered.
        let state = about.apply(Action::SetOnset(Onset::Gradual));
        assert_ne!(state.advice().level, Level::Emergency);
        let refused = state.apply(Action::Next);
        assert_eq!(refused.step, Step::Emergency);
        assert!(refused.show_needs);
        assert_ne!(
            refused.refused, state.refused,
            "the first missing sign is brought into view"
        );
        assert!(refused
            .needs()
            .contains(&Need::Answer(Question::SaddleNumbness)));
    }

    #[test]
    fn back_from_the_advice_returns_to_the_emergency_answer_also_after_the_summary() {
        let state = marked(&[(Region::LowerBackLeft, 6)])
            .apply(Action::Next)
            .apply(Action::Answer(Question::LegWeakness, Some(Answer::Yes)))
            .apply(Action::Next);
        assert_eq!(state.step, Step::Summary);
        let back = state.apply(Action::Back).apply(Action::Back);
        assert_eq!(back.step, Step::Emergency);
    }

    #[test]
    fn each_question_stands_at_its_own_place_in_the_list_the_steps_slice() {
        for (index, question) in Question::ALL.iter().enumerate() {
            assert_eq!(*question as usize, index, "{question:?}");
        }
    }

    #[test]
    fn an_emergency_made_by_a_change_on_an_earlier_step_shows_the_advice_at_once() {
        // Faint with a pain that came on gradually is not E_COLLAPSE; the person finishes.
        let state = at(Step::Advice)
            .apply(Action::GoTo(Step::Emergency))
            .apply(Action::Answer(
                Question::FeelingFaintSweatyOrNauseous,
                Some(Answer::Yes),
            ));
        assert_eq!(state.step, Step::Emergency);
        assert_ne!(state.advice().level, Level::Emergency);
        // Back on "About your pain", the pain came on suddenly after all: an emergency now.
        let about = state.apply(Action::GoTo(Step::About));
        assert_eq!(about.step, Step::About);
        let state = about.apply(Action::SetOnset(Onset::Sudden));
        assert_eq!(state.step, Step::Advice);
        assert!(rules(&state).contains(&RuleId::E_COLLAPSE));
        assert_eq!(
            state.apply(Action::Back).step,
            Step::About,
            "back where it changed"
        );
        // Once shown, going back to change something else does not send the person on again.
        let back = state.apply(Action::GoTo(Step::About));
        let state = back.apply(Action::SetAge(Some(41)));
        assert_eq!(state.step, Step::About);
    }

    #[test]
    fn back_and_go_to_reach_every_step_up_to_the_furthest_allowed() {
        let done = at(Step::Summary);
        assert_eq!(done.furthest_allowed(), Step::Summary);
        for &step in Step::ALL {
            let there = done.apply(Action::GoTo(step));
            assert_eq!(there.step, step);
            if let Some(previous) = step.previous() {
                assert_eq!(there.apply(Action::Back).step, previous);
            }
        }
        assert_eq!(
            done.apply(Action::GoTo(Step::Map)).apply(Action::Back).step,
            Step::Map
        );

        let health = at(Step::Health2);
        assert_eq!(health.furthest_allowed(), Step::Health2);
        assert_eq!(health.apply(Action::GoTo(Step::Advice)).step, Step::Health2);
        let about = health.apply(Action::GoTo(Step::About));
        assert_eq!(about.step, Step::About);
        assert_eq!(about.intake.age, Some(40), "answers kept");

        // In Spanish, not the default language, so that keeping the language shows.
        let state = about
            .apply(Action::SetLang(Lang::Es))
            .apply(Action::AskStartOver);
        assert!(state.confirming_restart);
        let fresh = state.apply(Action::StartOver);
        assert_eq!(fresh.lang, Lang::Es, "the language is kept");
        assert_eq!(fresh, AppState::new(Lang::Es), "everything else is cleared");
    }

    #[test]
    fn a_changed_answer_changes_the_advice() {
        let done = at(Step::Advice);
        assert_eq!(done.advice().level, Level::MassageOk);
        let fever = done
            .apply(Action::GoTo(Step::Health1))
            .apply(Action::Answer(Question::Fever, Some(Answer::Yes)));
        assert_eq!(fever.advice().level, Level::DoctorFirst);
        let on = walk_to(fever, Step::Advice);
        assert_eq!(
            on.announcement,
            Some(Announcement::AdviceReady(Level::DoctorFirst))
        );
    }

    fn raw(json: &serde_json::Value) -> RawValue {
        serde_json::from_value(json.clone()).unwrap()
    }

    /// The steps each saved version numbers, as recorded when it was written. A saved entry
    /// keeps the step by its number, so an entry saved before a step was added, removed or
    /// moved would reopen on the wrong screen: a change to the steps needs a new version
    /// (and a new line here), or the person's reload lands somewhere they never were.
    const SAVED_STEPS: &[(u8, &[&str])] = &[(
        2,
        &[
            "map",
            "emergency",
            "about",
            "health1",
            "health2",
            "health3",
            "therapist",
            "advice",
            "summary",
        ],
    )];

    #[test]
    fn the_steps_change_only_with_the_saved_version() {
        let recorded = SAVED_STEPS
            .iter()
            .find(|(version, _)| *version == SAVED_VERSION)
            .map(|(_, steps)| *steps);
        assert_eq!(
            recorded,
            Some(Step::IDS),
            "the steps changed: bump SAVED_VERSION and record the new steps in SAVED_STEPS"
        );
        // An older version's steps are not today's: otherwise the bump was not needed, and an
        // entry it wrote is thrown away for nothing.
        for (version, steps) in SAVED_STEPS {
            assert!(
                *version == SAVED_VERSION || *steps != Step::IDS,
                "{version}"
            );
        }
    }

    #[test]
    fn a_saved_journey_comes_back_and_an_old_or_damaged_one_is_ignored() {
        let state = at(Step::Health3).apply(Action::Answer(Question::Pregnant, Some(Answer::No)));
        let json = serde_json::to_value(state.saved()).unwrap();
        assert_eq!(json["v"], 2);
        assert_eq!(json["step"], 6);
        let back = AppState::restore(&raw(&json)).unwrap();
        assert_eq!(back.step, Step::Health3);
        assert_eq!(back.intake, state.intake);
        assert_eq!(back.lang, state.lang);

        let mut tampered = json.clone();
        tampered["step"] = serde_json::json!(9);
        tampered["intake"]["age"] = serde_json::Value::Null;
        let back = AppState::restore(&raw(&tampered)).unwrap();
        assert_eq!(
            back.step,
            Step::About,
            "not past the step that lacks the age"
        );

        // A version 1 entry counted five steps: its step 3 was the safety check.
        let mut old = json.clone();
        old["v"] = serde_json::json!(1);
        assert_eq!(AppState::restore(&raw(&old)), None);
        for broken in [
            serde_json::json!(null),
            serde_json::json!({"v": 99, "lang": "en", "step": 1, "intake": {}}),
            serde_json::json!({"v": 2, "lang": "en", "step": 1, "intake": {"regions": 3}}),
            serde_json::json!({"v": 2, "lang": "en", "step": 1.5, "intake": {}}),
            serde_json::json!({"v": 2, "lang": "en", "step": 10, "intake": {}}),
            serde_json::json!({"v": 2, "lang": "en", "step": 0, "intake": {}}),
        ] {
            assert_eq!(AppState::restore(&raw(&broken)), None, "{broken}");
        }
    }

    #[test]
    fn after_two_sessions_whether_massage_helped_must_be_answered() {
        let about = answered_about(at(Step::About)).apply(Action::SetSessions(2));
        assert_eq!(about.needs(), vec![Need::Improved]);
        let stuck = about.apply(Action::Next);
        assert_eq!(stuck.step, Step::About);
        let on = about
            .apply(Action::SetImproved(Answer::Unsure))
            .apply(Action::Next);
        assert_eq!(on.step, Step::Health1);
    }

    #[test]
    fn whether_massage_helped_is_asked_and_kept_only_after_two_sessions() {
        let state = run(&[Action::SetSessions(1), Action::SetImproved(Answer::No)]);
        assert_eq!(
            state.intake.improved_after_massage, None,
            "not asked after one session"
        );
        let state = state
            .apply(Action::SetSessions(2))
            .apply(Action::SetImproved(Answer::No));
        assert_eq!(state.intake.improved_after_massage, Some(Answer::No));
        for fewer in [1, 0] {
            let state = state.apply(Action::SetSessions(fewer));
            assert_eq!(state.intake.improved_after_massage, None);
            assert_eq!(state.intake.massage_sessions_for_this_pain, Some(fewer));
        }
    }

    /// The rule ids behind the advice, for asserting what a person is told.
    fn rules(state: &AppState) -> Vec<RuleId> {
        state.advice().reasons.iter().map(|r| r.rule).collect()
    }

    #[test]
    fn the_calf_question_opens_under_the_clot_question_or_stands_alone_with_a_marked_calf() {
        let state = at(Step::Health2);
        let clot = state.apply(Action::Answer(
            Question::BloodClotHistory,
            Some(Answer::Unsure),
        ));
        assert_eq!(
            shown_under(&clot.intake, Question::CalfSwellingNow),
            Some(Question::BloodClotHistory)
        );
        assert!(clot
            .needs()
            .contains(&Need::Answer(Question::CalfSwellingNow)));
        let answered = clot.apply(Action::Answer(Question::CalfSwellingNow, Some(Answer::No)));
        let no_clot = answered.apply(Action::Answer(Question::BloodClotHistory, Some(Answer::No)));
        assert_eq!(
            no_clot.intake.answer(Question::CalfSwellingNow),
            None,
            "closed with its question, so forgotten"
        );

        let calf = walk_to(marked(&[(Region::CalfLeft, 4)]), Step::Health2);
        assert_eq!(shown_under(&calf.intake, Question::CalfSwellingNow), None);
        assert_eq!(
            calf.step.shown(&calf.intake).last(),
            Some(Question::CalfSwellingNow)
        );
        let swollen = calf
            .apply(Action::Answer(Question::CalfSwellingNow, Some(Answer::Yes)))
            .apply(Action::NoneOfRest);
        assert_eq!(swollen.step, Step::Health3);
        assert!(rules(&swollen).contains(&RuleId::D_CALF_SWELLING_NOW));
    }

    #[test]
    fn the_before_45_question_follows_stiffness_duration_and_age() {
        let state = walk_to(marked(&[(Region::SpineLumbar, 4)]), Step::About);
        let state = answered_about(state)
            .apply(Action::SetDuration(DurationChoice::Over3Months))
            .apply(Action::SetAge(Some(50)))
            .apply(Action::Next);
        let state = walk_to(state, Step::Health2).apply(Action::Answer(
            Question::MorningStiffnessOver30Min,
            Some(Answer::Yes),
        ));
        assert_eq!(
            shown_under(&state.intake, Question::BackPainBeganBefore45),
            Some(Question::MorningStiffnessOver30Min)
        );
        assert!(state
            .needs()
            .contains(&Need::Answer(Question::BackPainBeganBefore45)));
        let state = state.apply(Action::Answer(
            Question::BackPainBeganBefore45,
            Some(Answer::Yes),
        ));
        assert!(rules(&state).contains(&RuleId::D_INFLAMMATORY));

        // Going back and changing the age takes the question away.
        let younger = state
            .apply(Action::GoTo(Step::About))
            .apply(Action::SetAge(Some(44)));
        assert_eq!(younger.intake.answer(Question::BackPainBeganBefore45), None);
    }

    #[test]
    fn a_yes_to_the_pregnancy_warning_signs_means_a_doctor_today() {
        let state = at(Step::Health3)
            .apply(Action::Answer(Question::Pregnant, Some(Answer::Yes)))
            .apply(Action::SetPregnancyWeeks(Some(20)));
        assert_eq!(
            &state.needs()[state.needs().len() - 2..],
            [
                Need::Answer(Question::PregnancyComplications),
                Need::Answer(Question::PregnancyWarningSigns)
            ]
        );
        let state = state
            .apply(Action::Answer(
                Question::PregnancyComplications,
                Some(Answer::No),
            ))
            .apply(Action::Answer(
                Question::PregnancyWarningSigns,
                Some(Answer::Yes),
            ))
            .apply(Action::NoneOfRest);
        assert_eq!(state.step, Step::Therapist);
        let advice = state.advice();
        assert_eq!(
            (advice.level, advice.urgency),
            (Level::DoctorFirst, Some(engine::Urgency::SameDay))
        );
        assert!(rules(&state).contains(&RuleId::D_PREGNANCY_WARNING));
        assert_eq!(state.intake.pregnancy_weeks, Some(20));
        let not = state
            .apply(Action::Back)
            .apply(Action::Answer(Question::Pregnant, Some(Answer::No)));
        assert_eq!(not.intake.pregnancy_weeks, None);
        assert_eq!(not.intake.answer(Question::PregnancyComplications), None);
    }

    #[test]
    fn marking_the_neck_after_the_advice_asks_the_neck_signs_before_the_advice_again() {
        let done = at(Step::Advice);
        assert_eq!(done.advice().level, Level::MassageOk);
        let marked = done
            .apply(Action::GoTo(Step::Map))
            .apply(Action::SetIntensity(Region::Neck, level(3)));
        assert_eq!(marked.furthest_allowed(), Step::Emergency);
        assert_eq!(marked.apply(Action::GoTo(Step::Advice)).step, Step::Map);
        let emergency = marked.apply(Action::Next);
        assert_eq!(
            emergency.needs(),
            vec![Need::Answer(Question::NeckWarningSigns)]
        );
        let advice = walk_to(emergency, Step::Advice);
        assert_eq!(advice.advice().level, Level::MassageOk);
        // Taking the neck off the map again forgets the answer.
        let removed = advice
            .apply(Action::GoTo(Step::Map))
            .apply(Action::RemoveRegion(Region::Neck));
        assert_eq!(removed.intake.answer(Question::NeckWarningSigns), None);
    }

    #[test]
    fn a_restored_journey_drops_answers_to_questions_not_asked() {
        let state = at(Step::Advice);
        let mut json = serde_json::to_value(state.saved()).unwrap();
        json["intake"]["answers"]["neck_warning_signs"] = serde_json::json!("yes");
        json["intake"]["answers"]["pregnancy_warning_signs"] = serde_json::json!("yes");
        json["intake"]["massage_sessions_for_this_pain"] = serde_json::json!(1);
        json["intake"]["improved_after_massage"] = serde_json::json!("no");
        json["intake"]["pregnancy_weeks"] = serde_json::json!(20);
        let back = AppState::restore(&raw(&json)).unwrap();
        assert_eq!(back.intake.answer(Question::NeckWarningSigns), None);
        assert_eq!(back.intake.answer(Question::PregnancyWarningSigns), None);
        assert_eq!(back.intake.improved_after_massage, None);
        assert_eq!(back.intake.pregnancy_weeks, None);
        assert_eq!(back.advice().level, Level::MassageOk);
        assert_eq!(back.step, Step::Advice);
    }
}
