"""Aligning written training sentences with a reference corpus's marking habits."""

from rasid.train.bracketed import parse_line
from rasid.train.conventions import align, spans_of, to_line

# a small reference in ANERcorp's manner, each habit seen several times
REFERENCE = [parse_line(line) for line in (
    "وقعت شركة [ORG توتال] عقدا مع [LOC قطر] بقيمة مليار [MISC دولار] .",
    "أعلنت شركة [ORG مايكروسوفت] أرباحا بلغت ثلاثة مليارات [MISC دولار] .",
    "قالت شركة [ORG نوكيا] إن مبيعاتها في [LOC الصين] ارتفعت إلى 40 مليار [MISC دولار] .",
    "واشترت شركة [ORG سامسونج] حصة بقيمة 200 مليون [MISC دولار] .",
    "وذكرت شركة [ORG موتورولا] أن الشركة خسرت 50 مليون [MISC دولار] .",
    "تأهل منتخب [LOC البرازيل] إلى نهائيات كأس العالم للمرة العاشرة .",
    "يستعد منتخب [LOC مصر] لتصفيات كأس العالم في [LOC القاهرة] .",
    "قال مدرب منتخب [LOC تونس] إن كأس العالم حلم كل لاعب .",
    "تستضيف [LOC ألمانيا] كأس العالم وسط إجراءات أمنية مشددة .",
    "وبدأت مبيعات تذاكر كأس العالم في [LOC برلين] أمس .",
    "وقال المتحدث باسم [ORG الكرملين] إن [LOC موسكو] ترفض العقوبات .",
    "ورد [ORG الكرملين] على تصريحات [PER بوش] بحدة .",
    "وأكد [ORG الكرملين] أن الرئيس [PER بوتين] سيزور [LOC بكين] .",
    "ونفى [ORG الكرملين] الأنباء عن مرض الرئيس .",
    "وأصدر [ORG الكرملين] بيانا حول الانتخابات .",
)]


def _marks(sent):
    words, tags = sent
    return [(lab, " ".join(words[i:j])) for i, j, lab in spans_of(tags)]


def test_descriptor_noun_is_left_outside_the_name():
    sent = parse_line("ووقعت [ORG شركة أرامكو] اتفاقا مع [LOC الصين] .")
    (new,), changes = align([sent], REFERENCE)
    assert _marks(new) == [("ORG", "أرامكو"), ("LOC", "الصين")]
    assert changes["head ORG"] == 1


def test_currency_after_a_number_is_marked_and_generic_phrase_unmarked():
    sent = parse_line("رصدت [LOC الدوحة] 220 مليار دولار لاستضافة [MISC كأس العالم] .")
    (new,), changes = align([sent], REFERENCE)
    assert _marks(new) == [("LOC", "الدوحة"), ("MISC", "دولار")]
    assert changes == {"mark MISC": 1, "untag MISC": 1}


def test_misc_relabelled_to_the_references_type():
    sent = parse_line("وقال [MISC الكرملين] إن المحادثات مع [LOC كييف] متعثرة .")
    (new,), _ = align([sent], REFERENCE)
    assert _marks(new) == [("ORG", "الكرملين"), ("LOC", "كييف")]


def test_spelling_variants_count_together_and_unknown_names_stay():
    # ة/ه and أ/ا are one matching form: شركه is the reference's شركة
    sent = parse_line("قالت [ORG شركه أرامكو] إن [PER أمين الناصر] سيزور [LOC اليابان] .")
    (new,), _ = align([sent], REFERENCE)
    assert _marks(new) == [("ORG", "أرامكو"), ("PER", "أمين الناصر"), ("LOC", "اليابان")]


def test_a_name_the_reference_never_saw_is_untouched():
    sent = parse_line("افتتح [PER محمد بن راشد] [MISC معرض جيتكس] في [LOC دبي] .")
    (new,), changes = align([sent], REFERENCE)
    assert new == sent and not changes


def test_a_word_the_reference_writes_inside_the_name_is_taken_in():
    parties = [parse_line(line) for line in (
        "فاز [ORG حزب العمال] في [LOC بريطانيا] .",
        "وانتقد [ORG حزب الله] القرار .",
        "قال [ORG حزب الوفد] إن الانتخابات مزورة .",
        "وانسحب [ORG حزب الاستقلال] من الحكومة .",
        "ويقود [PER نتنياهو] [ORG حزب الليكود] .",
        "ورفض [ORG وحزب البعث] الاتهامات .",
    )]
    sent = parse_line("وفاز حزب [ORG القانون والعدالة] بزعامة [PER ياروسلاف كاتشينسكي] .")
    (new,), changes = align([sent], REFERENCE + parties)
    assert _marks(new) == [("ORG", "حزب القانون والعدالة"), ("PER", "ياروسلاف كاتشينسكي")]
    assert changes == {"join ORG": 1}
    # ووقعت شركة [ORG …]: the reference leaves شركة outside, so it is not taken in
    sent = parse_line("ووقعت شركة [ORG أرامكو] اتفاقا .")
    assert align([sent], REFERENCE + parties)[0] == [sent]


def test_only_the_place_inside_a_competition_or_market_name_is_marked():
    framed = [parse_line(line) for line in (
        "تأهل [ORG الأهلي] إلى دور الثمانية في دوري أبطال [LOC أفريقيا] .",
        "وفاز [ORG برشلونة] بلقب دوري أبطال [LOC أوروبا] .",
        "وخسر الفريق في دوري أبطال [LOC آسيا] أمام [ORG الهلال] .",
        "وتراجع مؤشر بورصة [LOC لندن] بنسبة واحد في المئة .",
        "وارتفعت أسهم البنوك في بورصة [LOC نيويورك] أمس .",
        "وأغلقت بورصة [LOC طوكيو] على ارتفاع .",
        "وافتتح [PER بوش] أولمبياد [LOC بكين] أمس .",
        "واختتم أولمبياد [LOC أثينا] بحفل كبير .",
        "وشارك العداء في أولمبياد [LOC سيدني] .",
        "وسافر الوفد إلى [LOC أوروبا] ثم إلى [LOC آسيا] .",
        "وزار [LOC لندن] و [LOC نيويورك] وفد تجاري .",
        "وزار [PER شيراك] [LOC بكين] و [LOC لندن] و [LOC أفريقيا] .",
    )]
    ref = REFERENCE + framed
    sent = parse_line("وتوج [ORG الأهلي] بلقب [MISC دوري أبطال أفريقيا] للمرة السادسة .")
    (new,), changes = align([sent], ref)
    assert _marks(new) == [("ORG", "الأهلي"), ("LOC", "أفريقيا")]
    assert changes == {"frame MISC->LOC": 1}
    sent = parse_line("وهبط مؤشر [ORG بورصة لندن] و [MISC أولمبياد بكين] .")
    (new,), changes = align([sent], ref)
    assert _marks(new) == [("LOC", "لندن"), ("LOC", "بكين")]
    assert changes == {"frame ORG->LOC": 1, "frame MISC->LOC": 1}
    # a place the reference never marked: the written mark stays as it is
    sent = parse_line("وفاز [ORG الوداد] بلقب [MISC دوري أبطال العرب] .")
    assert align([sent], ref)[0] == [sent]


def test_a_name_begun_by_a_word_the_reference_never_begins_one_with_is_unmarked():
    plain = [parse_line(line) for line in (
        "قالت وزارة الخارجية إن الوفد سيصل غدا .",
        "وأعلنت وزارة الدفاع عن مناورات جديدة .",
        "ونفت وزارة الداخلية الأنباء .",
        "وذكرت وزارة الصحة أن عدد الإصابات ارتفع .",
        "وقالت وزارة المالية إن العجز تراجع .",
        "وقصفت الطائرات جنوب [LOC لبنان] أمس .",
        "وانسحب الجيش من جنوب [LOC لبنان] .",
        "ويقع السد جنوب [LOC العراق] .",
        "وهطلت الأمطار في جنوب [LOC مصر] .",
        "وتقع المدينة جنوب [LOC بغداد] .",
    )]
    ref = REFERENCE + plain
    sent = parse_line("وقالت [ORG وزارة الخارجية] إن الغارات على [LOC جنوب لبنان] مستمرة .")
    (new,), changes = align([sent], ref)
    assert _marks(new) == [("LOC", "لبنان")]
    assert changes == {"unmark ORG": 1, "unmark LOC": 1}
    # شركة is seen as often, but just before a name: the head rule keeps the name after it
    sent = parse_line("ووقعت [ORG شركة أرامكو] و [ORG هيئة الطاقة الذرية] اتفاقا .")
    (new,), changes = align([sent], ref)
    assert _marks(new) == [("ORG", "أرامكو"), ("ORG", "هيئة الطاقة الذرية")]
    assert changes == {"head ORG": 1}


def test_to_line_round_trips_through_the_reader():
    sent = parse_line("وقال [PER كوفي أنان] « إن [ORG للأمم المتحدة] دورا » في [LOC دارفور] .")
    assert parse_line(to_line(*sent)) == sent


def _conll(path, sents):
    path.write_text("".join("".join(f"{w} {t}\n" for w, t in zip(*s)) + "\n" for s in sents),
                    "utf-8")
    return str(path)


def test_align_files_rewrites_only_the_lines_that_change(tmp_path):
    from rasid.train.conventions import align_files

    ref = _conll(tmp_path / "ref.txt", REFERENCE)
    kept = "أعلن [PER بان كي مون]، الأمين العام، زيارته إلى [LOC نيروبي]."
    f = tmp_path / "x.txt"
    f.write_text(f"# comment\n{kept}\nووقعت [ORG شركة أرامكو] اتفاقا .\n", "utf-8")
    changes = align_files([str(tmp_path / "x.txt")], ref)
    assert changes == {"head ORG": 1}
    assert f.read_text("utf-8").splitlines() == [
        "# comment", kept, "ووقعت شركة [ORG أرامكو] اتفاقا ."]


def test_align_files_leaves_a_malformed_file_untouched(tmp_path):
    import pytest

    from rasid.errors import InputError
    from rasid.train.conventions import align_files

    ref = _conll(tmp_path / "ref.txt", REFERENCE)
    f = tmp_path / "bad.txt"
    text = "ووقعت [ORG شركة أرامكو] اتفاقا .\nقال [XYZ فلان] .\n"
    f.write_text(text, "utf-8")
    with pytest.raises(InputError, match="bad.txt:2"):
        align_files([str(f)], ref)
    assert f.read_text("utf-8") == text
