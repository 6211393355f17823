package org.civicwatch.model;

import javax.annotation.CheckForNull;

/**
 * A person, organisation or group taking part in an incident or a filing.
 *
 * <p>Private persons should be recorded by role rather than name; where a name is kept,
 * {@code publicFigure = false} lets exporters redact it ({@link #hasPublicName()}).
 *
 * @param kind person, organisation or group
 * @param name the name, if recorded
 * @param title role or title ("副主任", "監査委員")
 * @param organisation the body the party belongs to ("群馬県 学事法制課")
 * @param size how many people a group is ("職員ら3名" is 3)
 * @param role the part played in an incident, if any
 * @param publicFigure whether the name belongs to a public figure (an elected official, a public body);
 *     names of others are personal data
 */
public record Party(PartyKind kind, @CheckForNull String name, @CheckForNull String title,
                   @CheckForNull String organisation, @CheckForNull Count size, @CheckForNull PartyRole role,
                   boolean publicFigure) {

    /**
     * Checks the party; empty strings become null.
     *
     * @param kind person, organisation or group
     * @param name the name, if recorded
     * @param title role or title ("副主任", "監査委員")
     * @param organisation the body the party belongs to ("群馬県 学事法制課")
     * @param size how many people a group is ("職員ら3名" is 3)
     * @param role the part played in an incident, if any
     * @param publicFigure whether the name belongs to a public figure (an elected official, a public body); names of
     *     others are personal data
     * @throws ModelException if {@code kind} is missing, or the party has no name, title or organisation
     */
    public Party {
        Checks.required(kind, "kind");
        name = Checks.text(name, "name");
        title = Checks.text(title, "title");
        organisation = Checks.text(organisation, "organisation");
        if (name == null && title == null && organisation == null) {
            throw new ModelException("name", "a party needs a name, a title or an organisation");
        }
    }

    /**
     * {@return an organisation known by name, which is public}
     *
     * @param name its name ("群馬県")
     */
    public static Party organisation(String name) {
        return new Party(PartyKind.ORGANISATION, name, null, null, null, null, true);
    }

    /**
     * {@return a group known by name, which is public}
     *
     * @param name its name ("市民オンブズマン群馬")
     */
    public static Party group(String name) {
        return new Party(PartyKind.GROUP, name, null, null, null, null, true);
    }

    /**
     * {@return a person recorded only by title and organisation, not a public figure}
     *
     * @param title their role or title ("副主任")
     * @param organisation the body they belong to, or null
     */
    public static Party personByTitle(String title, @CheckForNull String organisation) {
        return new Party(PartyKind.PERSON, null, title, organisation, null, null, false);
    }

    /**
     * {@return whether its name, if any, is public}: an organisation's and a group's always are, whatever
     * {@link #publicFigure()} says; a person's only when they are a public figure. Redaction leaves out the
     * names for which this is false.
     */
    public boolean hasPublicName() {
        return kind != PartyKind.PERSON || publicFigure;
    }

    /**
     * {@return the same party in the given role}
     *
     * @param newRole the role, or null for none
     */
    public Party as(@CheckForNull PartyRole newRole) {
        return new Party(kind, name, title, organisation, size, newRole, publicFigure);
    }

    /**
     * {@return the same party with a size}
     *
     * @param newSize how many people it is, or null if not known
     */
    public Party ofSize(@CheckForNull Count newSize) {
        return new Party(kind, name, title, organisation, newSize, role, publicFigure);
    }
}
