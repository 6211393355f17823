package org.civicwatch.blog.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicwatch.model.Filing;
import org.civicwatch.model.FilingEvent;
import org.civicwatch.model.FilingEventKind;
import org.civicwatch.model.FilingKind;
import org.civicwatch.model.Party;
import org.civicwatch.model.PartyKind;
import org.civicwatch.model.When;
import org.civicwatch.text.JapaneseDates;
import org.civicwatch.text.Mention;
import org.civicwatch.text.ParsedDate;

/**
 * Request forms quoted in a post between asterisk markers ({@code *****公文書開示請求書*****} …
 * {@code *****}): the date it was filed (era dates such as {@code 平成29年7月18日} included), the
 * addressee ({@code …様}, {@code …殿}), the requester ({@code 請求者…}, {@code 氏名又は名称…}), the legal basis
 * ({@code 群馬県情報公開条例第12条第1項}) and what is requested. The row may carry a label of the post's own
 * ({@code *****2/19住民監査請求書*****PDF ⇒ …}); a form's title alone on the line after it is then the title.
 * A requester whose name holds no word of a group ({@code 会}, {@code 団体}, {@code ネット} …) is a private person.
 */
final class RequestFormExtractor implements Extractor {
    private static final Pattern SPACE_RUN = Pattern.compile("[\\s　]+");
    private static final Pattern OPEN = Pattern.compile(
            "^[*＊]{3,}+\\s*+([^*＊\\s]*?(請求書|申立書|申出書))\\s*[*＊]{3,}(?:\\s*+PDF.*)?\\s*$");
    /** The number of a part of the form heading its line: "１　", "（１）", "(2)", "一　". */
    private static final Pattern OUTLINE_NUMBER = Pattern.compile("^(?:[（(][0-9０-９一二三四五六七八九十]{1,2}[）)]|[0-9０-９一二三四五六七八九十]{1,2}[\\s　.．、])");
    /** A form's own title, alone on its line: "丸亀市職員措置請求書". */
    private static final Pattern TITLE = Pattern.compile("^[^\\s　*＊、。：:（(]{1,30}(?:請求書|申立書|申出書)$");
    /** Words that name a group, not a person: "…をただす会", "…オンブズマン", "…市民ネット" (a name opening with 会 is a surname). */
    private static final Pattern GROUP_WORD = Pattern.compile("(?<=.)会|団体|オンブズ|ネット|クラブ|グループ|組合|連合|連盟|法人"
            + "|協議|連絡|センター|フォーラム|事務所|研究所|ウォッチ|オンブズマン");
    private static final Pattern CLOSE = Pattern.compile("^[*＊]{3,}");
    private static final String NAME_FIELD = "氏名(?:又は|若しくは|または|もしくは)名称|氏名|名称|団体名";
    private static final Pattern ADDRESSEE = Pattern.compile("^(.+?)(様|殿)$");
    /** The requester's line: "請求者　…", "請求人…", or the form's name field "氏名又は名称　…". */
    private static final Pattern REQUESTER = Pattern.compile("^(?:(?:請求者|申立人|請求人)(?:の?(?:" + NAME_FIELD + "))?|(?:"
            + NAME_FIELD + "))[\\s　:：]*(?<name>.+)$");
    private static final String NUMERAL = "[0-9０-９一二三四五六七八九十]+";
    private static final Pattern BASIS = Pattern.compile("\\p{IsHan}{1,30}(?:条例|法)第" + NUMERAL + "条(?:第" + NUMERAL + "項)?");
    private static final Pattern SUBJECT = Pattern.compile("請求する(?:公文書|文書|情報)|件名|請求の要旨");
    /**
     * A group's name followed, after a space, by the title of the person who signs for it: "…を見守る会　代表　中川まゆみ".
     * The group is the requester; the representative signs. A name with a space inside is kept whole.
     */
    private static final Pattern SIGNED_FOR = Pattern.compile("^([^\\s　]++)[\\s　]++(?:共同代表|代表者?|会長|理事長|事務局長)(?:[\\s　]|$)");

    @Override
    public String id() {
        return "blog-html/forms";
    }

    /** Whether a line opens a quoted request form ({@code *****公文書開示請求書*****}). */
    static boolean opensForm(String line) {
        return OPEN.matcher(line).matches();
    }

    @Override
    public void extract(PostText post, Extraction out) {
        List<String> lines = post.lines();
        for (int i = 0; i < lines.size(); i++) {
            Matcher open = OPEN.matcher(lines.get(i));
            if (!open.matches()) {
                continue;
            }
            int end = i + 1;
            while (end < lines.size() && !CLOSE.matcher(lines.get(end)).find()) {
                end++;
            }
            PostText.Block block = post.block(i, Math.min(lines.size(), end + 1));
            String title = i + 1 < end ? lines.get(i + 1).strip() : "";
            String name = TITLE.matcher(title).matches() ? title : open.group(1);
            out.guard(block, () -> read(name, block, out));
            i = end;
        }
    }

    private void read(String name, PostText.Block block, Extraction out) {
        // a staff measures request (職員措置請求) is what the law names a resident audit request
        FilingKind kind = name.contains("監査") || name.contains("措置請求") || block.lines().get(0).contains("監査") ? FilingKind.RESIDENT_AUDIT_REQUEST
                : name.contains("開示") || name.contains("公開") ? FilingKind.DISCLOSURE_REQUEST
                : name.contains("審査") ? FilingKind.APPEAL : FilingKind.OTHER;
        Filing.Builder b = Filing.builder(out.nextId("filing"), kind).title(name);
        When filed = null;
        boolean subjectRead = false;
        List<String> lines = block.lines();
        for (int k = 1; k < lines.size(); k++) {
            String line = lines.get(k).strip();
            List<Mention<ParsedDate>> dates = JapaneseDates.findAll(line);
            Matcher to = ADDRESSEE.matcher(line);
            Matcher by = REQUESTER.matcher(line);
            Matcher basis = BASIS.matcher(line);
            if (filed == null && !dates.isEmpty() && dates.get(0).start() == 0) {
                filed = dates.get(0).value().when();
            } else if (to.matches()) {
                b.filedWith(Party.organisation(SPACE_RUN.split(to.group(1))[0]));
            } else if (by.matches()) {
                String requester = by.group("name").strip();
                Matcher signed = SIGNED_FOR.matcher(requester);
                b.filedBy(requester(signed.find() ? signed.group(1) : requester));
            }
            if (basis.find()) {
                b.legalBasis(basis.group());
            }
            if (!subjectRead && SUBJECT.matcher(line).find() && k + 1 < lines.size()
                    && !OUTLINE_NUMBER.matcher(lines.get(k + 1).strip()).lookingAt()) {
                // what is asked for is the line under its label, unless that line heads a part of its own ("（１）…")
                b.subject(lines.get(k + 1).strip());
                subjectRead = true;
            }
        }
        if (filed != null) {
            b.filed(filed).event(new FilingEvent(FilingEventKind.FILED, filed, name, null));
        }
        out.add(b.provenance(out.provenance(block, block.text(), this, 0.85)).build());
    }

    /** {@return whether a name holds a group's word: 会, 団体, ネット, オンブズ, ウォッチ…} */
    static boolean namesAGroup(String name) {
        return GROUP_WORD.matcher(name).find();
    }

    /** {@return the requester named: a group when its name holds a group's word, else a private person} */
    static Party requester(String name) {
        return namesAGroup(name) ? Party.group(name)
                : new Party(PartyKind.PERSON, name, null, null, null, null, false);
    }
}
