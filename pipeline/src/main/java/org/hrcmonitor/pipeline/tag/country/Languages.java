package org.hrcmonitor.pipeline.tag.country;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hrcmonitor.pipeline.tag.country.CountryDictionary.Match;
import org.hrcmonitor.pipeline.tag.country.GazetteerName.Form;

/**
 * Which adjectives among a sentence's matches name a language rather than a country or its people.
 *
 * <ul>
 *   <li>After "in" at the end of a phrase ("in Spanish", "in Spanish and French"), before a word for a text or
 *       language ("the Spanish version", "de Nederlandse taal"), or after a verb of speaking or learning, also at
 *       the end of a list ("spreekt vloeiend Turks", "sprak Engels, Fries en Frans", "speaks Spanish").</li>
 *   <li>In Dutch, an uninflected adjective after "in" or "het" ("in het Spaans"): before a noun it would be
 *       inflected, except in the fixed phrases of a state's team, army or law ("het Nederlands elftal", "naar het
 *       Belgisch recht"), which name the state; and as a sentence's subject ("Nederlands is een Germaanse taal").</li>
 *   <li>In Dutch, an uninflected adjective before a verb of speaking ("de meerderheid spreekt Frans" written as
 *       "de bevolking Frans spreekt") or before a colon that gives a name in it ("België (Frans: Belgique)").</li>
 *   <li>In Dutch, an uninflected adjective not before a noun in a sentence about languages ("De omgangstaal was
 *       eerder Grieks dan Egyptisch", "Frans als eerste taal", "talen van Afrikaans tot Zweeds").</li>
 *   <li>In Dutch, two uninflected adjectives joined and standing alone ("is dat Frans en Duits"), one after "op
 *       zijn" ("op zijn Frans"), one that is a whole sentence but for a note ("Nederlands (ca. 60%)"), and an
 *       adjective before a language's own name ("Vlaamse Gebarentaal").</li>
 *   <li>An adjective joined to such a language by "and", "or" or a comma is one too, also across languages that
 *       name no state ("het Albanees, Rutheens of Bulgaars"), and so is every adjective of a list that ends in one
 *       ("de Arabische, de Chinese en de Spaanse tekst") and every one of three or more uninflected Dutch adjectives
 *       in a row ("Koreaans, Pools, Turks en Chinees").</li>
 *   <li>Before a noun of text or script, also past an adjective or as a compound's head ("Nederlandse
 *       man-pagina's", "de Griekse letter", "Chinese teksttekens", "het Hongaarse taalkenmerk"), after
 *       "vereenvoudigd" ("vereenvoudigd Chinees"), and before a language it is a variant of ("Belgisch Frans",
 *       "Amerikaans Engels"), which it is too when both are uninflected and no noun follows.</li>
 *   <li>In a list opened by a word for languages and "zoals", "als" or "such as" ("in talen zoals Thais").</li>
 * </ul>
 */
final class Languages {
    private static final Set<String> LANGUAGE_NOUNS = Set.of("text", "texts", "version", "versions", "language",
            "translation", "original", "speaking", "name", "names", "word", "words", "spelling", "tekst", "teksten",
            "versie", "versies", "taal", "vertaling", "naam", "namen", "woord", "woorden", "benaming", "uitspraak",
            "afkorting", "taalgebied", "taalgrens", "taalgemeenschap", "abbreviation", "acronym", "pagina",
            "pagina's", "handleiding", "handleidingen", "documentatie", "ondertitels", "ondertiteling", "vertalingen",
            "teken", "tekens", "schrift", "schrijfwijze", "alfabet", "woordenlijst", "woordenboek", "script",
            "characters", "alphabet", "kanji", "kana", "hiragana", "katakana", "hangul", "pinyin", "bokmål",
            "nynorsk");
    /** Nouns of script in Dutch only: in English a "Dutch letter" is one to parliament. */
    private static final Set<String> DUTCH_LANGUAGE_NOUNS = Set.of("letter", "letters");
    /** Heads of Dutch compounds that are words for text or script: "teksttekens" (not "-schrift": "tijdschrift"). */
    private static final List<String> LANGUAGE_NOUN_ENDINGS = List.of("tekst", "teksten", "tekens", "woorden",
            "woordenlijst");
    /** Words before a state's adjective that make it a script or language: "vereenvoudigd Chinees". */
    private static final Set<String> SCRIPT_WORDS = Set.of("vereenvoudigd", "vereenvoudigde", "simplified");
    private static final Set<String> SPEAKING = Set.of("spreekt", "spreken", "sprak", "spraken", "gesproken",
            "praat", "praten", "leert", "leren", "leerde", "leerden", "geleerd", "verstaat", "verstaan", "beheerst",
            "beheersen", "vloeiend", "studeert", "studeerde", "studeren", "gestudeerd", "doceert", "doceerde", "speak",
            "speaks", "spoke", "spoken", "learn", "learns", "learned", "fluent", "fluently", "spreek", "leer",
            "versta");
    /** Nouns that a Dutch adjective of a state precedes uninflected after "het": the state's, not a language. */
    private static final Set<String> STATE_NOUNS = Set.of("elftal", "team", "kampioenschap", "leger", "recht",
            "grondgebied", "volk", "paspoort", "staatsburgerschap", "voetbal", "bedrijfsleven", "parlement",
            "kabinet", "consulaat", "koningshuis", "staatshoofd", "olympisch", "bestuur", "gezag", "bewind", "rijk",
            "keizerrijk", "protectoraat", "ministerie", "vorstenhuis", "voorzitterschap");
    /** Verbs after a sentence's first word that make an uninflected adjective the subject: "Frans wordt gesproken". */
    private static final Set<String> SUBJECT_VERBS = Set.of("is", "was", "wordt", "werd", "heeft", "had", "behoort",
            "kent", "blijft", "zijn", "waren", "worden", "werden", "hebben");
    /** Words of a sentence about languages, where an adjective standing alone is one of them. */
    private static final Set<String> LANGUAGE_WORDS = Set.of("taal", "talen", "moedertaal", "moedertalen",
            "omgangstaal", "voertaal", "landstaal", "landstalen", "streektaal", "streektalen", "spreektaal",
            "wereldtaal", "wereldtalen", "onderwijstaal", "dialect", "dialecten", "language", "languages");
    /** Words after an adjective that show it stands alone rather than before a noun. */
    private static final Set<String> ALONE_BEFORE = Set.of("en", "of", "dan", "als", "tot");
    /**
     * Words between a verb of speaking and its language: "spreken ook Nederlands", "spreekt goed Frans", "spreekt men
     * Frans".
     */
    private static final Set<String> SPEECH_ADVERBS = Set.of("ook", "goed", "wel", "niet", "geen", "alleen", "enkel",
            "nog", "vooral", "meestal", "thuis", "men", "je", "u", "also", "well", "only", "mainly", "mostly");
    private static final Set<String> ARTICLES = Set.of("de", "het", "een", "the", "a", "an");
    /** Words after a word for languages that open a list of them: "talen zoals", "talen als", "languages like". */
    private static final Set<String> EXAMPLES = Set.of("zoals", "als", "waaronder", "like", "including");
    private static final Set<String> PHRASE_ENDS = Set.of("and", "or", "en");
    /** Languages that name no state, so the gazetteer does not know them: "Arabisch", "English", "Latijnse". */
    private static final Set<String> STATELESS_LANGUAGES = Set.of("arabic", "arabisch", "arabische", "english",
            "engels", "engelse", "latin", "latijn", "latijnse");
    private static final Set<String> JOINERS = Set.of("and", "or", "en", "of", ",");
    /**
     * Joiners, articles and the language adjectives that name no state (Arabic, English), for lists read backwards
     * ("de Arabische, de Chinese, de Engelse en de Spaanse tekst").
     */
    private static final Set<String> LIST_WORDS = Stream.concat(
            Stream.of("and", "or", "en", "of", ",", "de", "het", "the"), STATELESS_LANGUAGES.stream())
            .collect(Collectors.toUnmodifiableSet());

    private Languages() {
    }

    /** For each match, whether it names a language. */
    static boolean[] of(List<Match> matches, String[] tokens) {
        boolean[] language = new boolean[matches.size()];
        boolean[] country = new boolean[tokens.length];
        matches.stream().filter(m -> m.name().form() == Form.NAME)
                .forEach(m -> Arrays.fill(country, m.first(), m.end(), true));
        int languageEnd = -1;
        for (int i = 0; i < matches.size(); i++) {
            Match match = matches.get(i);
            // two adjectives hyphenated are of states, not languages: "het Brits-Nederlandse leger"
            boolean compound = i + 1 < matches.size() && matches.get(i + 1).first() == match.end() + 1
                    && tokens[match.end()].equals("-") && matches.get(i + 1).name().form() == Form.DEMONYM;
            language[i] = match.name().form() == Form.DEMONYM && !compound
                    && (isLanguage(match, tokens, country) || joinedTo(languageEnd, match, tokens));
            if (language[i]) {
                languageEnd = match.end();
            }
        }
        markLists(matches, tokens, language);
        markVariants(matches, tokens, language);
        // read right to left, a list "de Arabische, de Chinese en de Spaanse tekst" names languages when its last does,
        // and so does a hyphenated pair ("Frans-Belgische Gebarentaal")
        for (int i = matches.size() - 1; i > 0; i--) {
            Match before = matches.get(i - 1);
            boolean hyphenated = before.end() + 1 == matches.get(i).first() && tokens[before.end()].equals("-");
            if (language[i] && before.name().form() == Form.DEMONYM
                    && (hyphenated || onlyBetween(before.end(), matches.get(i).first(), tokens, LIST_WORDS))) {
                language[i - 1] = true;
            }
        }
        return language;
    }

    /**
     * Three or more uninflected Dutch adjectives in a row, with only commas, "en" or "of" between them, are languages
     * ("Koreaans, Nederlands, Pools en Turks"): a noun would follow an attributive list, and nationalities are seldom
     * listed three at a time.
     */
    private static void markLists(List<Match> matches, String[] tokens, boolean[] language) {
        int from = 0;
        for (int i = 0; i <= matches.size(); i++) {
            boolean continues = i < matches.size() && uninflectedDutchAdjective(matches.get(i))
                    && (i == from || onlyBetween(matches.get(i - 1).end(), matches.get(i).first(), tokens, JOINERS));
            if (!continues) {
                if (i - from >= 3) {
                    Arrays.fill(language, from, i, true);
                }
                from = i < matches.size() && uninflectedDutchAdjective(matches.get(i)) ? i : i + 1;
            }
        }
    }

    /**
     * A state's adjective right before a language, or joined to it by a hyphen, names a variant of that language:
     * "Belgisch Frans", "Amerikaans Engels", "Amerikaans-Engelse items" ("Engels" names no state, so it is no match;
     * it is known by {@link #STATELESS_LANGUAGES}).
     */
    private static void markVariants(List<Match> matches, String[] tokens, boolean[] language) {
        for (int i = 0; i < matches.size(); i++) {
            Match m = matches.get(i);
            if (m.name().form() != Form.DEMONYM || language[i]) {
                continue;
            }
            int next = m.end() < tokens.length && tokens[m.end()].equals("-") ? m.end() + 1 : m.end();
            boolean beforeLanguage = i + 1 < matches.size() && matches.get(i + 1).first() == next && language[i + 1];
            boolean beforeStateless = next < tokens.length && STATELESS_LANGUAGES.contains(tokens[next].toLowerCase());
            // "Belgisch Frans (fr-BE)": a second uninflected adjective with no noun after it is the language
            boolean beforeBareAdjective = i + 1 < matches.size() && matches.get(i + 1).first() == m.end()
                    && uninflectedDutchAdjective(m) && uninflectedDutchAdjective(matches.get(i + 1))
                    && !beforeLowerCaseWord(matches.get(i + 1).end(), tokens);
            if (beforeBareAdjective) {
                language[i + 1] = true;
            }
            language[i] = beforeLanguage || beforeStateless || beforeBareAdjective;
        }
    }

    /** Whether a lower-case word (a noun the adjective before it would qualify) is the token at {@code at}. */
    private static boolean beforeLowerCaseWord(int at, String[] tokens) {
        return at < tokens.length && Character.isLowerCase(tokens[at].charAt(0));
    }

    /** The lower-case last part of the word at {@code at}, a compound's parts being split by hyphen tokens. */
    private static String headFrom(int at, String[] tokens) {
        int last = at;
        while (last + 2 < tokens.length && tokens[last + 1].equals("-")) {
            last += 2;
        }
        return last < tokens.length ? tokens[last].toLowerCase() : "";
    }

    private static boolean uninflectedDutchAdjective(Match match) {
        return match.name().form() == Form.DEMONYM && match.name().language().equals("nl")
                && endsUninflected(match.name().text());
    }

    /**
     * Whether joining words, and capitalised words between them (languages the gazetteer does not know), are all that
     * stand between the language ending at {@code languageEnd} and this match.
     */
    private static boolean joinedTo(int languageEnd, Match match, String[] tokens) {
        int from = languageEnd;
        int to = match.first();
        if (languageEnd < 0 || from >= to || !JOINERS.contains(tokens[to - 1].toLowerCase())) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!JOINERS.contains(tokens[i].toLowerCase()) && !Character.isUpperCase(tokens[i].charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the token at {@code at} is capitalised, ends as an uninflected Dutch adjective does (-s, -sch) and is
     * followed by no word: "Duits" in "Frans en Duits." or "Frans en Duits, daarom".
     */
    private static boolean standsAloneUninflected(int at, String[] tokens) {
        if (at >= tokens.length) {
            return false;
        }
        String word = tokens[at];
        boolean adjective = Character.isUpperCase(word.charAt(0)) && endsUninflected(word);
        return adjective && (at + 1 == tokens.length || !Character.isLetter(tokens[at + 1].charAt(0)));
    }

    /** Whether the tokens from {@code from} on are nothing, or a note in brackets, with a full stop at most. */
    private static boolean wholeButANote(int from, String[] tokens) {
        int end = tokens.length > from && tokens[tokens.length - 1].equals(".") ? tokens.length - 1 : tokens.length;
        return from == end || tokens[from].equals("(") && tokens[end - 1].endsWith(")");
    }

    /**
     * Whether a Dutch adjective of a state ends uninflected (-s, -sch), and is no people's name (-ers, -ërs:
     * "Nederlanders", "Syriërs"); "Noors", "Hongaars" and "Bulgaars" are adjectives.
     */
    private static boolean endsUninflected(String word) {
        return !word.endsWith("ers") && !word.endsWith("ërs") && (word.endsWith("s") || word.endsWith("sch"));
    }

    /** Whether tokens {@code [from, to)} are at least one token and all among {@code words}. */
    private static boolean onlyBetween(int from, int to, String[] tokens, Set<String> words) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!words.contains(tokens[i].toLowerCase())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a verb of speaking or learning opens a list of capitalised words that ends in this one, or, for an
     * uninflected Dutch adjective, "het" or "in" does ("in het Engels en Spaans") or the sentence's start does before
     * a verb ("Spaans en Portugees zijn Romaanse talen"). A country's name ends the list: "in Nederland en Belgisch
     * Limburg" names no language.
     */
    private static boolean spokenList(Match match, String[] tokens, boolean[] country, boolean uninflectedDutch) {
        for (int i = match.first() - 1; i >= 0; i--) {
            String token = tokens[i].toLowerCase();
            if (SPEAKING.contains(token) || uninflectedDutch && (token.equals("het") || token.equals("in"))) {
                return true;
            }
            // "talen zoals Thais en Hebreeuws", "languages such as Thai"
            if (EXAMPLES.contains(token) && i > 0 && LANGUAGE_WORDS.contains(tokens[i - 1].toLowerCase())
                    || token.equals("as") && i > 1 && tokens[i - 1].equalsIgnoreCase("such")
                    && LANGUAGE_WORDS.contains(tokens[i - 2].toLowerCase())) {
                return true;
            }
            // a hyphen joins two parts of one item: "het Braziliaans-Portugees"
            boolean listItem = Character.isUpperCase(tokens[i].charAt(0)) && !country[i] && !ARTICLES.contains(token)
                    || token.equals("-");
            if (!JOINERS.contains(token) && !listItem && !SPEECH_ADVERBS.contains(token)) {
                return false;
            }
        }
        return uninflectedDutch && match.end() < tokens.length && SUBJECT_VERBS.contains(tokens[match.end()]);
    }

    private static boolean isLanguage(Match match, String[] tokens, boolean[] country) {
        String before = match.first() > 0 ? tokens[match.first() - 1].toLowerCase() : "";
        // a hyphen joins the next word to the adjective ("Dutch-language"), a bracket opens a note on it ("Chinees
        // (versie vasteland)")
        boolean joined = match.end() < tokens.length && (tokens[match.end()].equals("-")
                || tokens[match.end()].equals("("));
        int next = joined ? match.end() + 1 : match.end();
        String after = next < tokens.length ? tokens[next].toLowerCase() : "";
        String text = match.name().text();
        // uninflected Dutch adjectives end in -s or -sch; a people ("Fransen", "Syriërs zijn gevlucht") or one of it
        // ("de Nederlander werd") is never a language
        boolean uninflectedDutch = match.name().language().equals("nl") && endsUninflected(text);
        // a hyphenated compound (split into its parts and hyphens) is read by its head ("Nederlandse man-pagina's"),
        // also past an inflected adjective ("een Nederlandse aangepaste woordenlijst")
        String head = headFrom(next, tokens);
        boolean adjectiveFirst = next + 1 < tokens.length && tokens[next].endsWith("e")
                && Character.isLowerCase(tokens[next].charAt(0));
        if (!LANGUAGE_NOUNS.contains(head) && !STATE_NOUNS.contains(head) && adjectiveFirst) {
            head = headFrom(next + 1, tokens);
        }
        if (match.name().language().equals("nl") && DUTCH_LANGUAGE_NOUNS.contains(head)) {
            return true;
        }
        if (LANGUAGE_NOUNS.contains(head) || STATE_NOUNS.contains(head)) {
            return LANGUAGE_NOUNS.contains(head);
        }
        // a compound about text or language: "teksttekens", "taalkenmerk", "taalinstelling"
        if (head.startsWith("taal") || LANGUAGE_NOUN_ENDINGS.stream().anyMatch(head::endsWith)) {
            return true;
        }
        if (SCRIPT_WORDS.contains(before)) {
            return true;
        }
        // a language's own name: "de Vlaamse Gebarentaal", "Frans-Belgische Gebarentaal"
        if (after.endsWith("taal") || after.endsWith("talen")) {
            return true;
        }
        if (spokenList(match, tokens, country, uninflectedDutch)) {
            return true;
        }
        if (uninflectedDutch && (after.equals(":") || SPEAKING.contains(after))) {
            return true;
        }
        // "op zijn Frans": in the French way
        if (uninflectedDutch && (before.equals("zijn") || before.equals("z'n")) && match.first() > 1
                && tokens[match.first() - 2].equalsIgnoreCase("op")) {
            return true;
        }
        // two uninflected adjectives joined and standing alone are languages: "daar is dat Frans en Duits"; before
        // a noun they would be inflected ("Franse en Duitse dorpen")
        if (uninflectedDutch && (after.equals("en") || after.equals("of"))
                && standsAloneUninflected(next + 1, tokens)) {
            return true;
        }
        // an uninflected adjective that is the whole sentence, but for a note in brackets, can only be a language's
        // name: a list item "Nederlands (ca. 60%)"
        if (uninflectedDutch && match.first() == 0 && wholeButANote(match.end(), tokens)) {
            return true;
        }
        boolean alone = after.isEmpty() || !Character.isLetter(after.charAt(0)) || ALONE_BEFORE.contains(after);
        if (uninflectedDutch && alone && Arrays.stream(tokens).anyMatch(LANGUAGE_WORDS::contains)) {
            return true;
        }
        boolean phraseEnds = after.isEmpty() || PHRASE_ENDS.contains(after) || !Character.isLetter(after.charAt(0));
        return before.equals("in") && phraseEnds;
    }
}
