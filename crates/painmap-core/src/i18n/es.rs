//! Spanish messages: neutral Spanish, understood in Spain and Latin America, addressing the
//! person as "usted".

use super::{LoaderTexts, Msg};
use crate::engine::{Exclusion, Indication, Level, Precaution, RuleId, Technique, Urgency};
use crate::model::{Answer, Band, DurationChoice, Goal, Onset, Quality, Question, Region, Screen};
use crate::step::Step;

/// The language's own name, in the language switcher whatever language is shown.
pub const NAME: &str = "Español";

pub const LOADER: LoaderTexts = LoaderTexts {
    failed: "El mapa del dolor de espalda no se pudo cargar. Vuelva a cargar la página o pruebe con otro navegador.",
    restarted: "Algo salió mal; el mapa se reinició. Sus respuestas se conservan.",
    restarted_fresh: "Algo salió mal; el mapa se reinició.",
    stopped: "Algo volvió a salir mal y el mapa se detuvo. Vuelva a cargar la página; sus respuestas se conservan.",
    reload: "Volver a cargar",
};

pub fn text(msg: Msg) -> &'static str {
    match msg {
        Msg::MapTitle => "¿Dónde le duele?",
        Msg::MapHint => "Toque cada zona que le duele y luego indique cuánto le duele.",
        Msg::SeenFromBehind => "Vista desde atrás",
        Msg::SideLeft => "Izquierda",
        Msg::SideRight => "Derecha",
        Msg::ViewSwitchLabel => "Mostrar como",
        Msg::ViewMap => "Mapa",
        Msg::ViewList => "Lista",
        Msg::DiagramLabel => "Su espalda, vista desde atrás",
        Msg::ListLabel => "Zonas con dolor",
        Msg::Region(region) => region_name(region),
        Msg::Band(Band::None) => "Sin dolor",
        Msg::Band(Band::Mild) => "Leve",
        Msg::Band(Band::Moderate) => "Moderado",
        Msg::Band(Band::Severe) => "Intenso",
        Msg::ValueText => "{n}, {band}",
        Msg::RegionPain => "Dolor {n} de 10, {band}",
        Msg::RegionNoPain => "Sin dolor marcado",
        Msg::ControlQuestion => "¿Cuánto le duele?",
        Msg::SliderLabel => "Dolor en: {region}",
        Msg::LessPain => "Menos dolor",
        Msg::MorePain => "Más dolor",
        Msg::Remove => "Quitar",
        Msg::Done => "Listo",
        Msg::ScaleLabel => "La escala del dolor",
        Msg::NumbersLabel => "Dolor del 1 al 10",
        Msg::ChooseNumber => "Elija un número del 1 al 10, o toque Quitar.",
        Msg::NothingMarked => "Todavía no ha marcado ninguna zona con dolor.",
        Msg::MarkedOne => "1 zona con dolor marcada.",
        Msg::MarkedMany => "{n} zonas con dolor marcadas.",
        Msg::ClearAll => "Borrar todo",
        Msg::ConfirmClear => "¿Borrar todas las zonas marcadas?",
        Msg::ConfirmClearYes => "Sí, borrar todo",
        Msg::ConfirmClearNo => "Conservarlas",
        Msg::AnnounceIntensity => "{region}: {value}",
        Msg::AnnounceRemoved => "{region}: sin dolor",
        Msg::AnnounceCleared => "Se borraron todas las zonas",

        // ── The journey's frame ──
        Msg::AppTitle => "Mapa del dolor de espalda",
        Msg::StepOf => "Paso {n} de {total}",
        Msg::StepTitle(Step::Map) => "¿Dónde le duele?",
        Msg::StepTitle(Step::Emergency) => "Señales de alarma urgentes",
        Msg::StepTitle(Step::About) => "Sobre su dolor",
        Msg::StepTitle(Step::Health1 | Step::Health2 | Step::Health3) => "Su salud",
        Msg::StepTitle(Step::Therapist) => "Lo que su terapeuta debe saber",
        Msg::StepTitle(Step::Advice) => "Su recomendación",
        Msg::StepTitle(Step::Summary) => "Resumen para su terapeuta",
        Msg::StepPart => "{title} ({n} de {total})",
        Msg::Back => "Atrás",
        Msg::Next => "Siguiente",
        Msg::SeeAdvice => "Ver mi recomendación",
        Msg::ToSummary => "Resumen para mi terapeuta",
        Msg::StartOver => "Empezar de nuevo",
        Msg::ConfirmStartOver => "¿Empezar de nuevo? Se borrarán todas sus respuestas.",
        Msg::ConfirmStartOverYes => "Sí, empezar de nuevo",
        Msg::ConfirmStartOverNo => "Conservar mis respuestas",
        Msg::LanguageLabel => "Idioma",
        Msg::LanguageFailed => "No se pudo descargar {language}. Compruebe la conexión y vuelva a elegirlo.",
        Msg::NeedsIntro => "Antes de seguir:",
        Msg::NeedRegion => "Toque al menos una zona con dolor.",
        Msg::NeedAge => "Escriba su edad.",
        Msg::NeedDuration => "Elija desde cuándo tiene el dolor.",
        Msg::NeedOnset => "Elija cómo empezó el dolor.",
        Msg::NeedSessions => "Elija cuántos masajes ha recibido.",
        Msg::NeedAnswer => "Por favor, responda: Sí, No o No sé.",
        Msg::NeedsAnswerIntro => "Responda Sí, No o No sé a:",
        Msg::NeedsAnswerCount => "Faltan {n} preguntas por responder: Sí, No o No sé.",
        Msg::AnnounceAdvice => "Su recomendación está lista: {level}",
        Msg::RequiredMark => "Indique cuánto le duele esta zona.",

        // ── About your pain ──
        Msg::AboutHint => {
            "Unas pocas preguntas sobre su dolor nos ayudan a darle una recomendación segura."
        }
        Msg::DurationQuestion => "¿Cuánto tiempo lleva con este dolor?",
        Msg::Duration(DurationChoice::Today) => "Desde hoy",
        Msg::Duration(DurationChoice::UpTo3Days) => "De 1 a 3 días",
        Msg::Duration(DurationChoice::UpTo14Days) => "De 4 días a 2 semanas",
        Msg::Duration(DurationChoice::UpTo6Weeks) => "Más de 2 semanas, hasta 6 semanas",
        Msg::Duration(DurationChoice::UpTo12Weeks) => "Más de 6 semanas, hasta 3 meses",
        Msg::Duration(DurationChoice::Over3Months) => "Más de 3 meses",
        Msg::OnsetQuestion => "¿Cómo empezó el dolor?",
        Msg::Onset(Onset::Sudden) => "De repente",
        Msg::Onset(Onset::Gradual) => "Poco a poco",
        Msg::AgeQuestion => "¿Qué edad tiene?",
        Msg::AgeHint => "En años",
        Msg::AgeInvalid => "Escriba una edad entre 0 y 110.",
        Msg::QualitiesQuestion => "¿Cómo es el dolor?",
        Msg::Quality(Quality::Ache) => "Dolor sordo",
        Msg::Quality(Quality::Stiffness) => "Rigidez",
        Msg::Quality(Quality::Knot) => "Nudos en el músculo",
        Msg::Quality(Quality::Spasm) => "Espasmos musculares",
        Msg::Quality(Quality::Sharp) => "Dolor agudo, punzante",
        Msg::Quality(Quality::Burning) => "Ardor",
        Msg::Quality(Quality::Tingling) => "Hormigueo",
        Msg::GoalsQuestion => "¿Qué espera de un masaje?",
        Msg::Goal(Goal::Relaxation) => "Relajarme",
        Msg::Goal(Goal::Mobility) => "Moverme con más facilidad",
        Msg::Goal(Goal::PainRelief) => "Aliviar el dolor",
        Msg::Goal(Goal::SportRecovery) => "Recuperarme del deporte",
        Msg::ChooseAny => "Elija todas las que correspondan.",
        Msg::SessionsQuestion => "¿Cuántos masajes ha recibido por este dolor?",
        Msg::Sessions(0) => "Ninguno",
        Msg::Sessions(1) => "1",
        Msg::Sessions(2) => "2",
        Msg::Sessions(_) => "3 o más",
        Msg::ImprovedQuestion => "¿Le ayudaron los masajes?",
        Msg::Answer(Answer::Yes) => "Sí",
        Msg::Answer(Answer::No) => "No",
        Msg::Answer(Answer::Unsure) => "No sé",

        // ── The question screens ──
        Msg::ChecklistHint(Screen::Emergency) => {
            "Díganos si tiene ahora cada una de estas señales."
        }
        Msg::ChecklistHint(Screen::Doctor) => {
            "Díganos si cada una de estas cosas es cierta en su caso."
        }
        Msg::ChecklistHint(Screen::Precaution) => {
            "Díganos si cada una es cierta en su caso: cambian la forma de dar el masaje."
        }
        Msg::ChecklistHint(Screen::History) => {
            "Estas preguntas ayudan a distinguir un dolor nuevo de uno ya conocido."
        }
        Msg::NoneOfThese => "Nada de esto",
        Msg::NoToTheRest => "No a las demás",
        Msg::Question(question) => question_text(question),
        Msg::PregnancyWeeksQuestion => "¿De cuántas semanas está embarazada?",
        Msg::PregnancyWeeksHint => "Si no está segura, déjelo en blanco.",
        Msg::PregnancyWeeksInvalid => "Escriba un número de semanas entre 1 y 42.",

        // ── Your advice ──
        Msg::LevelTitle(Level::Emergency) => "Pida ayuda urgente ahora",
        Msg::LevelTitle(Level::DoctorFirst) => "Primero, vea a un médico",
        Msg::LevelTitle(Level::MassageWithPrecautions) => "Masaje, con precauciones",
        Msg::LevelTitle(Level::MassageOk) => "El masaje es razonable",
        Msg::LevelText(Level::Emergency) => {
            "Algunas de sus respuestas pueden ser señales de un problema grave. No reciba ningún \
             masaje."
        }
        Msg::LevelText(Level::DoctorFirst) => {
            "Un médico debe revisar su dolor antes de cualquier masaje."
        }
        Msg::LevelText(Level::MassageWithPrecautions) => {
            "El masaje es razonable, con algunos cambios que su terapeuta debe conocer."
        }
        Msg::LevelText(Level::MassageOk) => {
            "El masaje es razonable para usted. Siga las buenas prácticas habituales que se \
             indican abajo."
        }
        Msg::UrgencyText(Urgency::Immediate) => "Llame al {number} o vaya ahora mismo a urgencias.",
        Msg::UrgencyText(Urgency::SameDay) => "Vea a un médico hoy.",
        Msg::UrgencyText(Urgency::WithinDays) => "Vea a un médico en los próximos días.",
        Msg::UrgencyText(Urgency::Routine) => {
            "Pida una cita con su médico antes de reservar un masaje."
        }
        Msg::CallEmergency => "Llamar al {number}",
        Msg::WhyTitle => "Por qué esta recomendación",
        Msg::RuleText(id) => rule_text(id),
        Msg::BecauseYouSaid => "Porque usted indicó:",
        Msg::AssumedIntro => "Sin respuesta, así que tomamos la lectura más prudente:",
        Msg::Sources => "Fuentes",
        Msg::TechniquesTitle => "Masajes que pueden irle bien",
        Msg::TechniquesIntro => {
            "Estas técnicas son las que mejor encajan con sus respuestas. El masaje puede aliviar \
             el dolor; ninguna lo cura."
        }
        Msg::TechniqueName(technique) => technique_name(technique),
        Msg::TechniqueWhat(technique) => technique_what(technique),
        Msg::TechniqueHelps(technique) => technique_helps(technique),
        Msg::WhyForYou => "Por qué en su caso:",
        Msg::Indication(id) => indication(id),
        Msg::AvoidTitle => "Técnicas que debe evitar",
        Msg::AvoidBecause(id) => avoid_because(id),
        Msg::TellTherapistTitle => "Dígale a su terapeuta",
        Msg::Precaution(precaution) => precaution_text(precaution),
        Msg::PrepareTitle => "Antes del masaje",
        Msg::PrepareTips => {
            "Cuente al terapeuta dónde le duele, qué tratamientos ha probado y qué le preocupa. \
             Muéstrele su resumen.\n\
             Beba agua antes y después del masaje.\n\
             Lleve ropa cómoda.\n\
             Llegue unos minutos antes."
        }
        Msg::ChooseTitle => "Cómo elegir terapeuta",
        Msg::ChooseTips => {
            "Elija un terapeuta titulado o certificado.\n\
             Busque experiencia en el tratamiento del dolor de espalda.\n\
             Pregunte cómo trabaja y en qué consiste una sesión."
        }
        Msg::LongRunTitle => "A largo plazo",
        Msg::LongRunTips => {
            "Las sesiones regulares, junto con mantenerse activo y hacer ejercicio, ayudan más que \
             una sola.\n\
             Mantenerse activo, hacer ejercicio y cuidar la postura es lo que más ayuda a su \
             espalda.\n\
             Si el dolor empeora, pare y pida consejo a un médico o fisioterapeuta."
        }
        Msg::ActiveNote => {
            "El masaje funciona mejor si además se mantiene activo y hace ejercicio. Muestre a su \
             terapeuta su mapa del dolor y sus respuestas: el resumen lo hace por usted."
        }
        Msg::EvidenceNote => {
            "El masaje puede aliviar el dolor de espalda durante un tiempo; las pruebas son \
             modestas y el masaje no cura la causa."
        }
        Msg::Disclaimer => {
            "Esto es una orientación para elegir un masaje, no un diagnóstico. Si tiene dudas, o \
             si empeora, consulte a un médico. En una emergencia, llame al {number}."
        }
        Msg::UnansweredIntro => "Todavía sin respuesta:",
        Msg::UnansweredStopped => {
            "Sin respuesta, porque la revisión se detuvo en la respuesta de urgencia: {questions}"
        }
        Msg::ReadAsUnsure => "la tomamos como «No sé», por prudencia",
        Msg::Tagged => "{text} ({tag})",
        Msg::NextTitle => "Qué hacer ahora",
        Msg::NextTellDoctor => "Cuéntele al médico lo que nos dijo:",
        Msg::NextTakeSummary => {
            "Lleve su resumen consigo: en la pantalla siguiente puede imprimirlo, compartirlo o \
             copiarlo."
        }
        Msg::NextComeBack => {
            "Cuando un médico haya revisado su dolor y le diga que puede recibir masajes, vuelva \
             y rellene esto de nuevo para elegir un masaje."
        }
        Msg::OfferedHere => "Disponible aquí",
        Msg::AskUs => "Consúltenos",
        Msg::Book => "Reservar en {clinic}",
        Msg::BookGeneric => "Reservar un masaje",
        Msg::CallClinic => "Llámenos: {phone}",

        // ── Summary for your therapist ──
        Msg::SummaryIntro => "Muestre esto a su terapeuta, o cópielo y envíeselo antes de la cita.",
        Msg::SummaryDate => "Completado el {date}",
        Msg::SummaryWhere => "Dónde duele",
        Msg::SummaryAbout => "Sobre el dolor",
        Msg::SummaryAnswers => "Control de seguridad",
        Msg::SummaryOtherNo => "No a todas las demás preguntas.",
        Msg::SummaryAdvice => "Recomendación",
        Msg::CopySummary => "Copiar el resumen",
        Msg::Copied => "Copiado",
        Msg::CopyFailed => "No se pudo copiar. Seleccione el texto y cópielo usted.",
        Msg::Share => "Compartir",
        Msg::Print => "Imprimir",
        Msg::ShareTitle => "Resumen de mi dolor de espalda",
        Msg::OutOfTen => "{n} de 10",
        Msg::FactLine => "{label}: {value}",
        Msg::AnsweredQuestion => "{question} {answer}",
        Msg::RulesVersion => "Recomendación de painmap {painmap}, reglas versión {version}",
        Msg::FactAge => "Edad",
        Msg::FactDuration => "Tiempo con dolor",
        Msg::FactOnset => "Cómo empezó",
        Msg::FactQualities => "Cómo es",
        Msg::FactGoals => "Lo que espera del masaje",
        Msg::FactPregnancyWeeks => "Semanas de embarazo",
        Msg::FactSessions => "Masajes por este dolor",
        Msg::FactImproved => "Mejoró con el masaje",
        Msg::Days => "{n} días",
        Msg::ListSeparator => ", ",
    }
}

fn region_name(region: Region) -> &'static str {
    match region {
        Region::Neck => "Cuello",
        Region::SpineCervical => "Columna a la altura del cuello",
        Region::ShoulderLeft => "Hombro izquierdo",
        Region::ShoulderRight => "Hombro derecho",
        Region::UpperBackLeft => "Parte alta de la espalda, izquierda",
        Region::UpperBackRight => "Parte alta de la espalda, derecha",
        Region::ShoulderBladeLeft => "Omóplato izquierdo",
        Region::ShoulderBladeRight => "Omóplato derecho",
        Region::SpineThoracic => "Columna entre los omóplatos",
        Region::MidBackLeft => "Mitad de la espalda, izquierda",
        Region::MidBackRight => "Mitad de la espalda, derecha",
        Region::SpineLumbar => "Columna en la zona lumbar",
        Region::LowerBackLeft => "Zona lumbar, izquierda",
        Region::LowerBackRight => "Zona lumbar, derecha",
        Region::Sacrum => "Base de la columna (sacro)",
        Region::ButtockLeft => "Nalga izquierda",
        Region::ButtockRight => "Nalga derecha",
        Region::HipLeft => "Cadera izquierda",
        Region::HipRight => "Cadera derecha",
        Region::ThighBackLeft => "Parte trasera del muslo izquierdo",
        Region::ThighBackRight => "Parte trasera del muslo derecho",
        Region::CalfLeft => "Pantorrilla izquierda",
        Region::CalfRight => "Pantorrilla derecha",
    }
}

/// Checklist items read as statements; the history questions and the follow-ups stand alone
/// with Sí / No / No sé buttons, so they read as questions.
fn question_text(question: Question) -> &'static str {
    use Question::*;
    match question {
        SaddleNumbness => {
            "Adormecimiento u hormigueo nuevo alrededor de los genitales, las nalgas o la cara \
             interna de los muslos, dificultad nueva para tener o mantener una erección, o \
             adormecimiento durante las relaciones sexuales"
        }
        BladderOrBowelChange => {
            "Dificultad nueva para orinar, o pérdida del control de la vejiga o del intestino"
        }
        BilateralLegSymptoms => {
            "Dolor, hormigueo, adormecimiento o debilidad en las dos piernas (no el dolor \
             muscular después de hacer ejercicio)"
        }
        LegWeakness => {
            "Una pierna que se ha vuelto débil o que falla, o un pie que se arrastra o golpea el \
             suelo al andar"
        }
        ChestPainOrBreathlessness => {
            "Dolor, presión u opresión en el pecho, o falta de aire fuera de lo normal"
        }
        RecentTrauma => {
            "El dolor empezó tras un accidente grave, como un choque de coche, o una caída desde \
             más de 1 metro de altura o por varios escalones (un resbalón o una caída leve se \
             pregunta más adelante)"
        }
        TearingOrRippingPain => {
            "Un dolor repentino en la espalda o el pecho que se siente como un desgarro (un \
             dolor repentino o intenso sin más no es esto)"
        }
        FeelingFaintSweatyOrNauseous => {
            "Sensación de desmayo, sudor frío o náuseas, junto con el dolor"
        }
        AbdominalPain => "Dolor nuevo en el abdomen (la barriga), junto con el dolor de espalda",
        KnownAorticAneurysm => "Le han dicho que tiene un aneurisma aórtico",
        NeckWarningSigns => {
            "Junto con el dolor de cuello, ¿tiene un dolor de cabeza repentino y muy fuerte; \
             mareo, visión doble, dificultad para hablar o para tragar; debilidad nueva en un \
             brazo; torpeza en las manos o inestabilidad al andar; o fiebre con el cuello \
             rígido?"
        }
        Fever => "Fiebre (38 °C / 100,4 °F o más), escalofríos o temblores",
        UrinarySymptoms => "Ardor al orinar, orinar a menudo o con urgencia, o sangre en la orina",
        UnexplainedWeightLoss => "Pérdida de peso sin proponérselo",
        NightPainUnrelievedByRest => {
            "Dolor por la noche que no se alivia al descansar ni al cambiar de postura"
        }
        PainWorseCoughingSneezing => "Dolor que empeora mucho al toser, estornudar o hacer fuerza",
        IvDrugUse => "Se inyecta drogas",
        HistoryOfCancer => "Ha tenido cáncer alguna vez",
        Immunosuppressed => {
            "Defensas debilitadas (por ejemplo, por un trasplante o por quimioterapia)"
        }
        Osteoporosis => "Le han dicho que tiene osteoporosis (huesos frágiles)",
        LongTermSteroids => "Toma, o ha tomado durante meses, corticoides en pastillas",
        PainGettingProgressivelyWorse => "El dolor empeora cada vez más con los días o semanas",
        MorningStiffnessOver30Min => "Rigidez de espalda por la mañana que dura más de 30 minutos",
        BackPainBeganBefore45 => "¿Este dolor de espalda empezó antes de que cumpliera 45 años?",
        BloodClotHistory => {
            "Ha tenido un coágulo de sangre en una pierna (trombosis venosa) o en los pulmones"
        }
        CalfSwellingNow => {
            "¿Tiene ahora una pantorrilla hinchada, caliente o enrojecida, o con un dolor nuevo, \
             pulsátil o como un calambre, que no sabe explicar (no el dolor muscular después \
             del ejercicio)?"
        }
        MinorFallOrBlow => "El dolor empezó tras una caída leve, un resbalón o un golpe",
        BackLumpOrDeformity => {
            "Un bulto o una hinchazón nueva en la espalda, o la forma de su espalda ha cambiado"
        }
        RecentSurgery => "Una operación en las últimas 6 semanas",
        RecentFracture => "Un hueso roto en los últimos 3 meses",
        CancerTreatmentNow => {
            "Está recibiendo quimioterapia o radioterapia, o lleva un reservorio o catéter para \
             ello"
        }
        UncontrolledHighBloodPressure => "Presión arterial alta que no está controlada",
        Pregnant => "Está embarazada",
        PregnancyComplications => "¿Es un embarazo con complicaciones o de alto riesgo?",
        PregnancyWarningSigns => {
            "¿Tiene sangrado, pérdida de líquido, contracciones regulares o dolores como de \
             regla, fiebre, un dolor de cabeza fuerte o cambios en la vista, o nota que el bebé \
             se mueve menos de lo habitual?"
        }
        Anticoagulants => "Toma anticoagulantes (por ejemplo, warfarina, apixabán o rivaroxabán)",
        BleedingDisorder => {
            "Un trastorno de la coagulación o de sangrado (por ejemplo, hemofilia o plaquetas \
             bajas)"
        }
        SkinConditionOnBack => {
            "Una herida, erupción, quemadura, infección o un tatuaje reciente en la espalda"
        }
        VaricoseVeins => "Varices en las piernas",
        ReducedSensationOrDiabeticNeuropathy => {
            "Menos sensibilidad en alguna parte del cuerpo (por ejemplo, por neuropatía diabética)"
        }
        LegNumbnessOrTingling => "Adormecimiento u hormigueo en una sola pierna",
        SimilarPainBefore => "¿Ha tenido antes un dolor como este?",
        SeenDoctorForThisPain => {
            "¿Un médico o fisioterapeuta ha revisado este dolor sin encontrar una causa grave?"
        }
    }
}

/// What a fired rule may mean for the person, and why it matters (docs/rules.md).
/// Shown as it is, on the advice and in the summary: no placeholders, so no emergency number
/// either.
fn rule_text(id: RuleId) -> &'static str {
    use RuleId as R;
    match id {
        R::E_CES_SADDLE => {
            "El adormecimiento alrededor de los genitales o las nalgas, o una dificultad nueva \
             con la erección, junto con dolor de espalda, puede indicar que los nervios de la \
             base de la columna están comprimidos (síndrome de cola de caballo). Debe revisarse \
             en un hospital de inmediato."
        }
        R::E_CES_SPHINCTER => {
            "Tener de repente dificultad para orinar o para controlar la vejiga o el intestino \
             puede indicar que los nervios de la base de la columna están comprimidos (síndrome \
             de cola de caballo). Debe revisarse en un hospital de inmediato."
        }
        R::E_BILATERAL_LEG => {
            "Dolor, hormigueo, adormecimiento o debilidad en las dos piernas puede indicar que \
             los nervios de la espalda están comprimidos. Debe revisarse en un hospital de \
             inmediato."
        }
        R::E_LEG_WEAKNESS => {
            "Una pierna que se ha vuelto débil, o un pie que se arrastra, puede indicar que un \
             nervio está muy comprimido. Debe revisarse de inmediato para proteger el nervio."
        }
        R::E_CHEST => {
            "El dolor en el pecho o la falta de aire junto con dolor de espalda pueden ser señal \
             de un problema del corazón. Pida ayuda urgente ahora, aunque tenga dudas."
        }
        R::E_TRAUMA => {
            "Un dolor que empezó tras un accidente grave en las últimas 6 semanas, como un choque \
             de coche o una caída desde una altura, puede deberse a un hueso roto. Debe \
             revisarse primero; el masaje podría empeorarlo."
        }
        R::E_TEARING => {
            "Un dolor repentino que se siente como un desgarro puede ser señal de una rotura en \
             la arteria principal del cuerpo (la aorta). Pida ayuda urgente ahora, aunque tenga \
             dudas."
        }
        R::E_KNOWN_AAA => {
            "Si tiene un aneurisma aórtico, el dolor de espalda junto con dolor de abdomen, \
             sensación de desmayo o un dolor nuevo, repentino o intenso puede ser señal de que \
             el aneurisma está sangrando. Pida ayuda urgente ahora."
        }
        R::E_POSSIBLE_AAA => {
            "Un dolor repentino de espalda y de abdomen a partir de los 50 años, si es intenso o \
             se siente a punto de desmayarse, puede ser señal de un problema en la arteria \
             principal del cuerpo (aneurisma aórtico). Pida ayuda urgente ahora."
        }
        R::E_COLLAPSE => {
            "Un dolor repentino con sensación de desmayo, sudor frío o náuseas puede ser señal de \
             un problema del corazón o de un sangrado interno. Pida ayuda urgente ahora."
        }
        R::E_SPINAL_INFECTION => {
            "La fiebre con dolor de espalda, si se inyecta drogas, tiene las defensas \
             debilitadas, le han operado hace poco o recibe tratamiento contra el cáncer, puede \
             ser señal de una infección en la columna. Pida ayuda urgente ahora."
        }
        R::E_NECK => {
            "El dolor de cuello con un dolor de cabeza repentino y muy fuerte, dificultad para \
             ver, hablar, tragar o mantener el equilibrio, debilidad en un brazo, o fiebre con el \
             cuello rígido puede ser señal de una lesión de una arteria del cuello, un ictus o \
             una meningitis. Pida ayuda urgente ahora."
        }
        R::U_UNSURE_EMERGENCY => {
            "Respondió «No sé» a una pregunta sobre algo que puede ser grave. Hoy mismo, antes de \
             cualquier masaje, llame a su médico (o a una línea de consejo sanitario que no sea de \
             urgencias). Si se confirma o empeora, llame al número de emergencias."
        }
        R::D_FEVER => {
            "El dolor de espalda con fiebre puede ser señal de una infección. Un médico debe \
             verle hoy; el masaje debe esperar hasta que se le pase la fiebre."
        }
        R::D_KIDNEY => {
            "El dolor de espalda a la altura de los riñones con ardor o ganas frecuentes de \
             orinar puede ser una infección de riñón, que necesita un médico hoy."
        }
        R::D_PREGNANT_URINARY => {
            "En el embarazo, el ardor o las ganas frecuentes de orinar, o la sangre en la orina, \
             pueden ser una infección de orina o de riñón, que hay que tratar pronto. Vea hoy a \
             un médico o a quien controla su embarazo."
        }
        R::D_PREGNANCY_WARNING => {
            "El sangrado, la pérdida de líquido, las contracciones o los calambres, la fiebre, un \
             dolor de cabeza fuerte, los cambios en la vista o que el bebé se mueva menos deben \
             revisarse de inmediato. Llame ahora a su servicio de maternidad o a quien controla \
             su embarazo."
        }
        R::D_CANCER_SPINE => {
            "Después de un cáncer, el dolor sobre la columna, el dolor nocturno, el dolor que \
             empeora al toser, el que empeora cada vez más o el adormecimiento o el hormigueo en \
             una pierna pueden ser señal de que el cáncer se ha extendido a la columna. Un médico \
             debe revisarlo hoy."
        }
        R::D_OLDER_SUDDEN => {
            "Un dolor de espalda nuevo, repentino e intenso a partir de los 65 años debe \
             revisarlo un médico hoy: puede deberse a un problema en la arteria principal del \
             cuerpo (aneurisma aórtico), aunque no duela el abdomen."
        }
        R::D_BLEED_SUDDEN => {
            "Un dolor repentino e intenso si toma anticoagulantes o tiene un trastorno de la \
             coagulación puede ser un sangrado en un músculo o alrededor de la columna. Un médico \
             debe revisarlo hoy."
        }
        R::D_LUMP => {
            "Un bulto o una hinchazón nueva en la espalda, o un cambio en su forma, debe \
             revisarlo un médico hoy, antes de cualquier masaje."
        }
        R::D_MINOR_TRAUMA_FRAGILE => {
            "A partir de los 50 años, o con huesos frágiles o corticoides a largo plazo, incluso \
             una caída o un golpe leve puede romper un hueso de la columna. Un médico debe \
             revisarlo hoy, antes de cualquier masaje."
        }
        R::D_WEIGHT_LOSS => {
            "Perder peso sin proponérselo, junto con dolor de espalda, debe revisarlo un médico \
             para descartar una causa grave."
        }
        R::D_NIGHT_PAIN => {
            "Un dolor nocturno que no se alivia con el descanso debe revisarlo un médico para \
             descartar una causa grave."
        }
        R::D_COUGH_SNEEZE => {
            "Un dolor que empeora mucho al toser o estornudar puede indicar que un nervio está \
             comprimido. Primero debe verlo un médico."
        }
        R::D_IVDU => {
            "Inyectarse drogas aumenta el riesgo de una infección en la columna. Un médico debe \
             revisar su dolor de espalda hoy."
        }
        R::D_NEW_THORACIC => {
            "Un dolor nuevo y fuerte sobre la columna, entre los omóplatos, es menos habitual y \
             debe revisarlo un médico hoy."
        }
        R::D_CALF_SWELLING_NOW => {
            "Una pantorrilla hinchada, caliente o enrojecida, o un dolor nuevo en la pantorrilla \
             que no sabe explicar, puede ser un coágulo de sangre, y el masaje podría \
             desplazarlo. Vea a un médico hoy."
        }
        R::D_CANCER_HISTORY => {
            "Después de un cáncer, un dolor de espalda nuevo debe revisarlo un médico antes de \
             cualquier masaje, por seguridad."
        }
        R::D_URINARY => {
            "El ardor o las ganas frecuentes de orinar, o la sangre en la orina, pueden ser una \
             infección u otro problema que un médico debe revisar antes de cualquier masaje."
        }
        R::D_KNOWN_AAA_BACK => {
            "Tiene un aneurisma aórtico y dolor de espalda. Hable de este dolor con el equipo que \
             controla su aneurisma antes de cualquier masaje. Si el dolor se vuelve repentino o \
             intenso, o se siente a punto de desmayarse, llame al número de emergencias."
        }
        R::D_UNDER_16 => {
            "El dolor de espalda en niños y adolescentes menores de 16 años suele tener otras \
             causas que en los adultos. Un médico debe revisarlo antes de cualquier masaje."
        }
        R::D_PAST_TRAUMA => {
            "El dolor empezó tras un accidente grave hace más de 6 semanas y nadie lo ha \
             revisado. Un médico debe descartar una lesión antes de cualquier masaje."
        }
        R::D_MINOR_TRAUMA => {
            "El dolor empezó tras una caída leve, un resbalón o un golpe. Un médico debe \
             descartar una lesión antes de cualquier masaje."
        }
        R::D_IMMUNOSUPPRESSED => {
            "Con las defensas debilitadas, las infecciones son más probables, también en la \
             columna. Primero debe revisar su dolor un médico."
        }
        R::D_FRAGILITY_FRACTURE => {
            "Un dolor de espalda repentino con huesos frágiles o corticoides a largo plazo puede \
             ser una pequeña fractura. Un médico debe revisarlo antes de cualquier masaje."
        }
        R::D_ACUTE_INTENSE => {
            "Un dolor nuevo muy fuerte que ningún médico ha revisado todavía debe verlo un médico \
             antes de cualquier masaje."
        }
        R::D_PROGRESSIVE => {
            "Un dolor que empeora cada vez más debe revisarlo un médico antes de cualquier masaje."
        }
        R::D_AGE50_NEW => {
            "Si es la primera vez que tiene dolor de espalda y tiene 50 años o más, conviene que \
             lo revise su médico antes de cualquier masaje."
        }
        R::D_CHRONIC_SEVERE => {
            "Un dolor muy fuerte que dura más de dos semanas y que nadie ha revisado debe verlo \
             un médico."
        }
        R::D_INFLAMMATORY => {
            "Una rigidez por la mañana que dura más de 30 minutos, en un dolor de espalda que \
             dura más de 3 meses y empezó antes de los 45 años, puede ser señal de inflamación de \
             la columna (espondiloartritis). Un médico puede comprobarlo."
        }
        R::D_CLOT_HISTORY => {
            "Ha tenido un coágulo de sangre. Pregunte a su médico si el masaje es seguro para \
             usted antes de reservar."
        }
        R::D_KNOWN_AAA => {
            "Tiene un aneurisma aórtico. Consulte a su médico o al equipo que controla su \
             aneurisma antes de cualquier masaje, y que no le den masaje en el abdomen."
        }
        R::D_RECENT_FRACTURE => {
            "Se rompió un hueso en los últimos 3 meses. Pregunte a su médico si el masaje es \
             seguro mientras se cura."
        }
        R::D_CANCER_TREATMENT => {
            "Está recibiendo tratamiento contra el cáncer. Consulte a su equipo de oncología \
             antes de cualquier masaje y elija un terapeuta formado en masaje para personas con \
             cáncer."
        }
        R::D_PERSISTENT_LEG => {
            "El adormecimiento o el hormigueo en una pierna desde hace más de 6 semanas, que \
             nadie ha revisado, debe verlo un médico o fisioterapeuta."
        }
        R::D_RECENT_SURGERY => {
            "Le operaron en las últimas 6 semanas. Consulte a su cirujano o a su médico antes de \
             cualquier masaje."
        }
        R::D_UNCONTROLLED_BP => {
            "La presión arterial alta que no está controlada debe revisarla un médico antes de \
             cualquier masaje."
        }
        R::D_PREGNANCY_COMPLICATION => {
            "En un embarazo con complicaciones o de alto riesgo, consulte a su médico o a quien \
             controla su embarazo antes de cualquier masaje."
        }
        R::D_NO_IMPROVEMENT => {
            "Dos o más masajes no han aliviado claramente este dolor. Pruebe otro tratamiento y \
             haga que un médico o fisioterapeuta revise el dolor."
        }
        R::U_INCOMPLETE_SCREEN => {
            "El control de seguridad no está terminado: algunas preguntas no tienen respuesta, \
             así que todavía no podemos saber si el masaje es seguro para usted. Termínelo, o \
             consulte a un médico o fisioterapeuta antes de cualquier masaje."
        }
        R::P_BLEEDING => {
            "Toma anticoagulantes o tiene un trastorno de la coagulación o de sangrado, así que el \
             contacto debe ser ligero y se evitan las técnicas firmes."
        }
        R::P_BONE => {
            "Sus huesos pueden estar más frágiles, así que el contacto debe ser ligero, sin \
             estiramientos forzados, y se evitan las técnicas firmes."
        }
        R::P_PREGNANCY => {
            "Está embarazada, sin complicaciones ni señales de alarma, así que el masaje debe \
             estar adaptado al embarazo, sin presión firme, y darlo un terapeuta formado en ello."
        }
        R::P_SKIN => {
            "Tiene una herida, erupción, quemadura, infección o un tatuaje reciente en la \
             espalda, así que el terapeuta no debe tocar esa piel."
        }
        R::P_VARICOSE => {
            "Tiene varices, así que no deben masajearle las pantorrillas ni la parte trasera de \
             los muslos, y se evitan las técnicas firmes en las piernas."
        }
        R::P_REDUCED_SENSATION => {
            "Con menos sensibilidad puede no notar si la presión es excesiva, así que se evita la \
             presión firme."
        }
        R::P_ONE_LEG_TINGLING => {
            "El hormigueo en una pierna puede venir de un nervio irritado, así que no se usa \
             presión firme ni estiramientos fuertes, y el masaje se detiene si empeora."
        }
        R::P_ACUTE_MODERATE => {
            "Su dolor es reciente y bastante fuerte, así que no se usa presión firme, y el masaje \
             se detiene si empeora."
        }
        R::P_HIGH_NOT_ACUTE => "Su dolor es fuerte, así que se evita la presión firme.",
        R::P_CANCER_CLEARED => {
            "Ha tenido cáncer y un médico ha revisado este dolor. Lo más seguro es un terapeuta \
             formado en masaje oncológico, sin presión firme."
        }
    }
}

fn technique_name(technique: Technique) -> &'static str {
    match technique {
        Technique::Swedish => "Masaje sueco",
        Technique::DeepTissue => "Masaje de tejido profundo",
        Technique::MyofascialRelease => "Liberación miofascial",
        Technique::TriggerPoint => "Terapia de puntos gatillo",
        Technique::Neuromuscular => "Terapia neuromuscular",
        Technique::Thai => "Masaje tailandés",
        Technique::ShiatsuAcupressure => "Shiatsu y digitopresión",
        Technique::Sports => "Masaje deportivo",
        Technique::Prenatal => "Masaje para embarazadas",
    }
}

/// What the technique is (docs/rules.md).
fn technique_what(technique: Technique) -> &'static str {
    match technique {
        Technique::Swedish => {
            "Pases largos y deslizantes, amasamiento y presión suave sobre toda la espalda."
        }
        Technique::DeepTissue => {
            "Presión lenta y firme que trabaja las capas más profundas del músculo."
        }
        Technique::MyofascialRelease => {
            "Presión suave y mantenida que estira el tejido que envuelve los músculos (la fascia)."
        }
        Technique::TriggerPoint => {
            "Presión firme y mantenida sobre un «nudo» sensible del músculo que puede enviar dolor \
             a otra zona, por ejemplo del omóplato al hombro."
        }
        Technique::Neuromuscular => {
            "Presión localizada sobre músculos con espasmos, normalmente en varias sesiones (a \
             menudo unas cuatro en seis semanas)."
        }
        Technique::Thai => {
            "Se da con ropa, sobre una colchoneta: presión rítmica con estiramientos asistidos."
        }
        Technique::ShiatsuAcupressure => {
            "Presión con los dedos y la palma de la mano a lo largo de puntos y líneas del cuerpo."
        }
        Technique::Sports => "Una combinación de técnicas para personas activas.",
        Technique::Prenatal => {
            "Masaje adaptado al embarazo por un terapeuta formado en ello: acostada de lado o con \
             apoyos, presión suave y sin trabajo profundo en el abdomen."
        }
    }
}

/// What it may help with, evidence-honest (docs/rules.md).
fn technique_helps(technique: Technique) -> &'static str {
    match technique {
        Technique::Swedish => {
            "Relajante; puede aliviar la tensión muscular y ayudarle a moverse mejor. Es la \
             opción más suave cuando el dolor es reciente o hay alguna precaución."
        }
        Technique::DeepTissue => {
            "Puede ayudar con la tensión de larga duración. Puede resultar incómodo y dejarle \
             dolorido uno o dos días."
        }
        Technique::MyofascialRelease => {
            "Puede ayudar con la rigidez y la tensión por la postura que se han acumulado con el \
             tiempo."
        }
        Technique::TriggerPoint => "Puede aliviar el dolor que un nudo envía a otra zona.",
        Technique::Neuromuscular => {
            "Puede aliviar los espasmos musculares. Si un espasmo no ha mejorado tras dos \
             sesiones, pruebe otro tratamiento y haga que lo revisen."
        }
        Technique::Thai => "Puede ayudar con la rigidez y la amplitud de movimiento.",
        Technique::ShiatsuAcupressure => {
            "Relajante; hay algunas pruebas de que la digitopresión puede ayudar en el dolor \
             lumbar."
        }
        Technique::Sports => {
            "Puede ayudar con las molestias después del ejercicio y con la recuperación."
        }
        Technique::Prenatal => {
            "Puede aliviar el dolor de espalda y ayudarle a relajarse durante el embarazo."
        }
    }
}

/// An indication of the technique table (T_… id) as a reason for this person.
fn indication(id: Indication) -> &'static str {
    use Indication as I;
    match id {
        I::T_SWEDISH_BASE => "Un masaje suave que le va bien a la mayoría de las personas",
        I::T_SWEDISH_RELAXATION | I::T_SHIATSU_ACUPRESSURE_RELAXATION => "Quiere relajarse",
        I::T_SWEDISH_RECENT => "Su dolor es reciente, y los pases suaves van bien al dolor nuevo",
        I::T_SWEDISH_PRESSURE_PRECAUTION => "Una precaución descarta la presión firme",
        I::T_DEEP_TISSUE_LONGSTANDING => "Rigidez o dolor sordo desde hace más de 6 semanas",
        I::T_MYOFASCIAL_RELEASE_STIFFNESS | I::T_THAI_STIFFNESS => "Rigidez",
        I::T_MYOFASCIAL_RELEASE_MOBILITY | I::T_THAI_MOBILITY => "Quiere moverse con más facilidad",
        I::T_MYOFASCIAL_RELEASE_CHRONIC | I::T_SHIATSU_ACUPRESSURE_CHRONIC => {
            "Dolor desde hace más de 3 meses"
        }
        I::T_TRIGGER_POINT_KNOT => "Nudos en el músculo",
        I::T_TRIGGER_POINT_REFERRED => {
            "Dolor en el omóplato o la parte alta de la espalda junto con el hombro o el cuello, \
             un patrón que pueden causar los nudos"
        }
        I::T_NEUROMUSCULAR_SPASM => "Espasmos musculares",
        I::T_SPORTS_RECOVERY => "Quiere recuperarse del deporte",
        I::T_PRENATAL_PREGNANT => "Está embarazada",
    }
}

/// Why a technique is avoided: the P rule that excluded it, or the X_… timing condition.
fn avoid_because(id: Exclusion) -> &'static str {
    use Exclusion as X;
    match id {
        X::P_BLEEDING => {
            "La presión firme no es segura con anticoagulantes o un trastorno de la coagulación"
        }
        X::P_BONE => {
            "La presión firme y los estiramientos forzados no son seguros con huesos frágiles"
        }
        X::P_PREGNANCY => "En el embarazo solo se sugiere masaje adaptado al embarazo",
        X::P_VARICOSE => "Su trabajo firme sobre las piernas no es seguro con varices",
        X::P_REDUCED_SENSATION => {
            "Con menos sensibilidad puede no notar cuándo la presión firme es excesiva"
        }
        X::P_ONE_LEG_TINGLING => {
            "La presión firme y los estiramientos fuertes pueden irritar el nervio"
        }
        X::P_ACUTE_MODERATE => "Demasiado firme para un dolor reciente de esta intensidad",
        X::P_HIGH_NOT_ACUTE => "Demasiado firme para un dolor tan fuerte",
        X::P_CANCER_CLEARED => "Después de un cáncer se evita la presión firme",
        X::X_DEEP_TISSUE_RECENT_OR_SEVERE => {
            "Demasiado firme para un dolor reciente (6 semanas o menos) o intenso (7 o más)"
        }
        X::X_MYOFASCIAL_RELEASE_RECENT | X::X_THAI_RECENT => {
            "No es para un dolor que empezó en las últimas 2 semanas"
        }
        X::X_TRIGGER_POINT_RECENT | X::X_NEUROMUSCULAR_RECENT => {
            "No es para un dolor que empezó en los últimos 3 días"
        }
        X::X_SPORTS_FRESH_INJURY => {
            "No es para una lesión reciente (dolor repentino en los últimos 3 días)"
        }
    }
}

/// A precaution code in plain words (docs/rules.md).
fn precaution_text(precaution: Precaution) -> &'static str {
    match precaution {
        Precaution::PressureLight => "Solo un contacto ligero: sin presión firme en ninguna zona",
        Precaution::PressureGentle => "Presión moderada y cómoda: nada que duela",
        Precaution::NoForcefulStretching => "Sin estiramientos forzados",
        Precaution::AvoidAffectedSkin => "No tocar la piel afectada",
        Precaution::AvoidArea(_) => "Sin masaje en esta zona: {region}",
        Precaution::PrenatalTrainedTherapist => "Un terapeuta formado en masaje para embarazadas",
        Precaution::OncologyTrainedTherapist => {
            "Un terapeuta formado en masaje para personas que han tenido cáncer"
        }
        Precaution::NoAbdominalWork => "Sin masaje en el abdomen",
        Precaution::SideLyingPositioning => "Acostada de lado, con cojines de apoyo",
        Precaution::StopIfSymptomsWorsen => {
            "Parar si el dolor, el hormigueo o el adormecimiento empeoran"
        }
        // Listed under "Dígale a su terapeuta", so the answer alone says it.
        Precaution::TellTherapist(_) => "{question}",
    }
}
