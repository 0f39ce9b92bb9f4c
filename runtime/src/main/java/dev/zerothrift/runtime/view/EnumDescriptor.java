package dev.zerothrift.runtime.view;

import java.util.Arrays;
import java.util.List;

/**
 * An enum's members, for rendering a value by name: views read enums as their {@code int}.
 *
 * <p>Several members may share a value; {@link #nameOf(int)} gives the first declared, as the JSON
 * form requires.
 */
public final class EnumDescriptor {
    /** One member: its name and value. */
    public record Member(String name, int value) {}

    private final String name;
    private final List<Member> members;
    private final int[] sortedValues;
    private final String[] namesBySortedValue;

    /**
     * @param name the enum's name, qualified as the caller likes ({@code program.Status}).
     * @param members in declaration order.
     */
    public EnumDescriptor(String name, List<Member> members) {
        this.name = name;
        this.members = List.copyOf(members);
        Member[] byValue = this.members.toArray(new Member[0]);
        // a stable sort keeps the first declared member of each value first
        Arrays.sort(byValue, (a, b) -> Integer.compare(a.value(), b.value()));
        int distinct = 0;
        int[] values = new int[byValue.length];
        String[] names = new String[byValue.length];
        for (Member m : byValue) {
            if (distinct == 0 || values[distinct - 1] != m.value()) {
                values[distinct] = m.value();
                names[distinct] = m.name();
                distinct++;
            }
        }
        this.sortedValues = Arrays.copyOf(values, distinct);
        this.namesBySortedValue = Arrays.copyOf(names, distinct);
    }

    public String name() {
        return name;
    }

    /** The members in declaration order. */
    public List<Member> members() {
        return members;
    }

    /** The first declared member's name for {@code value}, or null when no member has it. */
    public String nameOf(int value) {
        int i = Arrays.binarySearch(sortedValues, value);
        return i >= 0 ? namesBySortedValue[i] : null;
    }

    /** The value of the member called {@code memberName}, or null when there is none. */
    public Integer valueOf(String memberName) {
        for (Member m : members) {
            if (m.name().equals(memberName)) {
                return m.value();
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return "enum " + name;
    }
}
