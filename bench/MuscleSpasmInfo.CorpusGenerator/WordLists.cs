namespace MuscleSpasmInfo.CorpusGenerator;

/// <summary>The fixed English word lists the corpus is made of; pseudo-words are added to them by <see cref="Vocabulary"/>.</summary>
internal static class WordLists
{
    /// <summary>The most frequent words of English prose, in rank order: they head the Zipf distribution as they do in real text.</summary>
    public static readonly string[] Function =
    [
        "the", "of", "and", "to", "a", "in", "is", "it", "that", "for", "as", "with", "on", "be", "by", "this", "are",
        "or", "from", "at", "can", "may", "your", "you", "not", "when", "more", "if", "an", "which", "also", "some",
        "most", "other", "into", "than", "these", "people", "often", "body", "after", "because", "about", "during",
        "should", "many", "such", "been", "they", "their",
    ];

    /// <summary>Medical-ish English words: the site's subject, used in titles, tags and headings.</summary>
    public static readonly string[] Medical =
    [
        "muscle", "spasm", "cramp", "cramps", "spasms", "calf", "thigh", "hamstring", "quadriceps", "back", "neck",
        "shoulder", "foot", "feet", "hand", "hands", "arm", "leg", "legs", "abdomen", "jaw", "eyelid", "toe", "finger",
        "tendon", "ligament", "nerve", "nerves", "spine", "spinal", "disc", "joint", "joints", "bone", "blood",
        "circulation", "artery", "vein", "heart", "lung", "kidney", "liver", "thyroid", "brain", "skin", "fluid",
        "fluids", "water", "hydration", "dehydration", "sweat", "heat", "cold", "exercise", "training", "running",
        "cycling", "swimming", "walking", "stretching", "stretch", "stretches", "massage", "rest", "sleep", "night",
        "nocturnal", "morning", "evening", "pain", "ache", "aching", "soreness", "stiffness", "tightness", "weakness",
        "fatigue", "tiredness", "numbness", "tingling", "twitching", "tremor", "contraction", "contractions",
        "involuntary", "sudden", "chronic", "acute", "mild", "severe", "recurrent", "persistent", "painful",
        "potassium", "magnesium", "calcium", "sodium", "electrolyte", "electrolytes", "mineral", "minerals",
        "vitamin", "vitamins", "deficiency", "depletion", "diet", "nutrition", "banana", "spinach", "nuts", "seeds",
        "dairy", "supplement", "supplements", "medicine", "medicines", "medication", "medications", "drug", "drugs",
        "diuretic", "diuretics", "statin", "statins", "dose", "doses", "side", "effect", "effects", "treatment",
        "treatments", "therapy", "physiotherapy", "physiotherapist", "doctor", "doctors", "nurse", "pharmacist",
        "clinic", "hospital", "emergency", "appointment", "diagnosis", "symptom", "symptoms", "sign", "signs",
        "cause", "causes", "trigger", "triggers", "risk", "risks", "factor", "factors", "prevention", "preventing",
        "relief", "relieve", "recovery", "healing", "injury", "injuries", "strain", "sprain", "tear", "overuse",
        "posture", "sitting", "standing", "lifting", "bending", "position", "movement", "movements", "flexibility",
        "strength", "endurance", "warm", "cool", "ice", "compress", "bath", "shower", "towel", "pillow", "mattress",
        "shoes", "footwear", "insoles", "pregnancy", "pregnant", "children", "child", "teenagers", "adults", "older",
        "ageing", "age", "athletes", "athlete", "sport", "sports", "football", "marathon", "gym", "workout",
        "diabetes", "neuropathy", "sclerosis", "dystonia", "cerebral", "palsy", "stroke", "parkinson", "disease",
        "disorder", "condition", "conditions", "infection", "inflammation", "swelling", "bruising", "redness",
        "fever", "alcohol", "caffeine", "smoking", "stress", "anxiety", "breathing", "hyperventilation", "oxygen",
        "energy", "glucose", "metabolism", "hormone", "hormones", "menstrual", "period", "periods", "kidneys",
        "dialysis", "test", "tests", "scan", "ultrasound", "examination", "history", "record", "diary", "advice",
        "guidance", "research", "study", "studies", "evidence", "trial", "trials", "review", "reviews", "quinine",
        "tonic", "pickle", "juice", "salt", "sugar", "routine", "habit", "habits", "lifestyle", "weight", "balance",
        "coordination", "reflex", "reflexes", "signal", "signals", "motor", "neuron", "neurons", "fibre", "fibres",
        "tissue", "tissues", "cell", "cells", "protein", "lactic", "acid", "pressure", "temperature", "climate",
        "summer", "winter", "travel", "flight", "office", "desk", "computer", "typing", "writing", "instrument",
        "musician", "gardening", "housework", "heatstroke", "exhaustion", "first", "aid", "care", "support",
        "brace", "splint", "bandage", "tape", "foam", "roller", "yoga", "pilates", "physio", "osteopath",
        "chiropractor", "surgery", "injection", "botox", "relaxant", "relaxants", "painkiller", "painkillers",
        "ibuprofen", "paracetamol", "cream", "gel", "patch", "spray",
    ];

    /// <summary>Reserved words YAML readers (Hugo's among them) may turn into booleans or null; never generated as pseudo-words.</summary>
    public static readonly string[] YamlReserved = ["true", "false", "null", "yes", "off", "on", "no", "nan", "inf"];

    /// <summary>The site's categories: slug, name and description, as categories.yml lists them.</summary>
    public static readonly (string Slug, string Name, string Description)[] Categories =
    [
        ("causes", "Causes", "What can trigger muscle spasms and cramps."),
        ("symptoms", "Symptoms", "How spasms and cramps feel, and what they can be a sign of."),
        ("diagnosis", "Diagnosis", "How doctors find out what causes recurring cramps."),
        ("treatments", "Treatments", "What helps during a cramp and afterwards."),
        ("prevention", "Prevention", "Habits that make cramps less likely."),
        ("nutrition", "Nutrition", "Minerals, vitamins and diet."),
        ("hydration", "Hydration", "Water, electrolytes and heat."),
        ("exercise", "Exercise", "Training, warming up and cooling down."),
        ("stretching", "Stretching", "Stretches for the muscles that cramp most."),
        ("sleep", "Sleep", "Night cramps and restful sleep."),
        ("medications", "Medications", "Medicines that cause or ease cramps."),
        ("neurology", "Nerves and the brain", "Conditions of the nervous system that cause spasms."),
        ("sports-injuries", "Sports injuries", "Strains, sprains and overuse in sport."),
        ("pregnancy", "Pregnancy", "Cramps during and after pregnancy."),
        ("children", "Children", "Cramps and growing pains in children."),
        ("older-adults", "Older adults", "Cramps in later life."),
        ("back-and-neck", "Back and neck", "Spasms of the back and neck."),
        ("legs-and-feet", "Legs and feet", "Calf, thigh and foot cramps."),
        ("first-aid", "First aid", "What to do when a cramp strikes."),
        ("site-information", "Site information", "How to use the information on this site."),
    ];
}
