/**
 * Morphology: the readings of a word form (lemma, part of speech, case, number, gender, person,
 * tense, aspect, animacy and the rest) and the forms of a lemma, one {@link
 * org.caspian.analysis.morph.Morphology} per language. Russian ({@link
 * org.caspian.analysis.morph.RussianMorphology}) reads LanguageTool's morfologik dictionaries
 * from the {@code org.languagetool:language-ru} jar: {@code russian.dict} (word form to lemma and
 * tag) and {@code russian_synth.dict} ("lemma|tag" to word form). Both are LGPL, built by
 * LanguageTool from the AOT project's dictionary; the notice is in {@code NOTICE} beside this
 * package's resources. Ukrainian ({@link org.caspian.analysis.morph.UkrainianMorphology}) reads
 * the dictionary that Lucene's {@code lucene-analysis-morfologik} depends on ({@code
 * ua.net.nlp:morfologik-ukrainian-search}, Apache 2.0, from the dict_uk project): readings only,
 * since it has no synthesis part. Azerbaijani and Armenian, with no dictionary at hand, read
 * their case and verb endings from {@code suffixes.tsv} ({@link
 * org.caspian.analysis.morph.SuffixMorphology}). Nothing is downloaded at run time.
 *
 * <p>This package depends on nothing else in Caspian; {@link
 * org.caspian.analysis.lexicon.Inflectors} builds the Russian {@link
 * org.caspian.analysis.lexicon.Inflector} on it, and the verb and noun forms of the Azerbaijani
 * and Armenian ones.
 *
 * <h2>Tag mapping</h2>
 *
 * <p>A LanguageTool Russian tag is colon-separated: the part of speech first, then features in
 * any order ({@code NN:Fam:Masc:Sin:D}, {@code VB:Past:TRANS:PFV:PL}); empty parts are skipped.
 * {@code RussianTags} maps every part the dictionary uses (a test reads all of its tags) and
 * rejects any other.
 *
 * <table>
 * <caption>Part of speech (first part)</caption>
 * <tr><th>tag</th><th>{@link org.caspian.analysis.morph.PartOfSpeech}</th></tr>
 * <tr><td>NN</td><td>NOUN</td></tr>
 * <tr><td>ADJ</td><td>ADJECTIVE</td></tr>
 * <tr><td>PNN</td><td>PRONOUN</td></tr>
 * <tr><td>Num / NumC / Ord</td><td>NUMERAL / COLLECTIVE_NUMERAL / ORDINAL</td></tr>
 * <tr><td>VB</td><td>VERB</td></tr>
 * <tr><td>PT / PT_Short</td><td>PARTICIPLE / PARTICIPLE with trait SHORT</td></tr>
 * <tr><td>DPT</td><td>ADVERBIAL_PARTICIPLE</td></tr>
 * <tr><td>ADV / PRDC</td><td>ADVERB / PREDICATIVE</td></tr>
 * <tr><td>PREP / CONJ / PARTICLE / INTERJECTION</td>
 *     <td>PREPOSITION / CONJUNCTION / PARTICLE / INTERJECTION</td></tr>
 * <tr><td>PARENTHESIS / ABR / Misc</td><td>PARENTHETICAL / ABBREVIATION / OTHER</td></tr>
 * </table>
 *
 * <table>
 * <caption>Features (later parts), into {@link org.caspian.analysis.morph.Features}</caption>
 * <tr><th>tag</th><th>feature</th></tr>
 * <tr><td>Nom R D V T P</td><td>case NOMINATIVE GENITIVE DATIVE ACCUSATIVE INSTRUMENTAL
 *     PREPOSITIONAL</td></tr>
 * <tr><td>2R 2P Z</td><td>case PARTITIVE (second genitive), LOCATIVE (second prepositional),
 *     VOCATIVE</td></tr>
 * <tr><td>Sin PL</td><td>number SINGULAR PLURAL</td></tr>
 * <tr><td>Masc Fem Neut</td><td>gender MASCULINE FEMININE NEUTER</td></tr>
 * <tr><td>P1 P2 P3</td><td>person FIRST SECOND THIRD</td></tr>
 * <tr><td>Real Past Fut</td><td>tense PRESENT PAST FUTURE; a verb with a tense is FINITE</td></tr>
 * <tr><td>INF IMP</td><td>verb form INFINITIVE IMPERATIVE</td></tr>
 * <tr><td>PFV IMPFV 2PFV</td><td>aspect PERFECTIVE IMPERFECTIVE BIASPECTUAL</td></tr>
 * <tr><td>Anim Inanim Inanimanim</td><td>animacy ANIMATE INANIMATE BOTH</td></tr>
 * <tr><td>DST STR</td><td>voice ACTIVE PASSIVE (participles)</td></tr>
 * <tr><td>TRANS INTR</td><td>transitivity TRANSITIVE INTRANSITIVE</td></tr>
 * <tr><td>Posit Comp Sup</td><td>degree POSITIVE COMPARATIVE SUPERLATIVE</td></tr>
 * <tr><td>Name Patr Fam</td><td>name kind FIRST_NAME PATRONYMIC SURNAME</td></tr>
 * <tr><td>Short bezl MPR Talk</td><td>traits SHORT, IMPERSONAL, PRONOMINAL,
 *     COLLOQUIAL</td></tr>
 * </table>
 *
 * <h2>Ukrainian tag mapping</h2>
 *
 * <p>The Ukrainian search dictionary joins the tags of one form's readings with "|"
 * ({@code adj:m:v_dav|adj:m:v_mis}); each gives one reading. {@code UkrainianTags} maps: noun
 * NOUN, adj ADJECTIVE, verb VERB, advp ADVERBIAL_PARTICIPLE, adv ADVERB, numr and number
 * NUMERAL, prep, conj, part PREPOSITION, CONJUNCTION, PARTICLE, intj and onomat INTERJECTION,
 * noninfl and foreign OTHER; the marks &amp;adjp (participle), &amp;numr (ordinal), &amp;pron,
 * &amp;predic and &amp;insert turn the part of speech into PARTICIPLE, ORDINAL, PRONOUN,
 * PREDICATIVE and PARENTHETICAL. Cases v_naz v_rod v_dav v_zna v_oru v_mis v_kly: NOMINATIVE
 * GENITIVE DATIVE ACCUSATIVE INSTRUMENTAL PREPOSITIONAL (the Ukrainian locative, which like the
 * Russian prepositional only follows a preposition) VOCATIVE; m f n gender (and singular), p
 * plural, s singular; 1 2 3 person; pres past futr tense, inf INFINITIVE, impr IMPERATIVE, impers
 * IMPERSONAL; perf imperf aspect (both: BIASPECTUAL); anim and ranim ANIMATE, inanim and rinanim
 * INANIMATE, unanim BOTH; actv pasv voice; compb compc comps degree; short SHORT; rev REFLEXIVE.
 * Read and left out, since {@link org.caspian.analysis.morph.Features} has no place for them:
 * kinds of pronoun (dem def gen ind int neg pers pos refl rel emph), conjunction kinds (coord
 * subord), and the marks &amp;&amp;adjp, &amp;&amp;numr, latin, var, subst, dimin, foreign, nv
 * (indeclinable), ns (no singular), abbr.
 *
 * <h2>Lookup</h2>
 *
 * <p>The dictionary is in lower case, so a word is looked up lower-cased: a sentence-initial
 * "Мир" reads as "мир", with every reading of the homograph (peace, world, and the genitive
 * plural of "миро"); choosing among them is the caller's work. The dictionary lists the "е"
 * spelling of "ё" words ("елка" reads as "ёлка"); a word written with "ё" that the dictionary
 * only has with "е" is tried again with "е".
 *
 * <p>Thread-safety: the automata are immutable, but a morfologik {@code DictionaryLookup}
 * reuses its buffers, so each thread keeps its own. {@code MorphologyBench} measured that against
 * a new lookup per call: per thread was faster (ratio about 0.8 for per call), within the noise
 * of a loaded machine.
 */
package org.caspian.analysis.morph;
