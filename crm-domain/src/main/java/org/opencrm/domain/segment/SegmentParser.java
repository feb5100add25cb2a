package org.opencrm.domain.segment;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.opencrm.domain.segment.SegmentCondition.Comparison;
import org.opencrm.domain.segment.SegmentCondition.FieldRef;
import org.opencrm.domain.segment.SegmentCondition.Operator;

/**
 * Reads a segment condition (docs/domain.md gives the grammar):
 *
 * <pre>
 * condition  := or
 * or         := and ("or" and)*
 * and        := unary ("and" unary)*
 * unary      := "not" unary | "(" or ")" | comparison
 * comparison := field operator value
 * field      := name | name "(" days "d" ")" | "attr." name
 * operator   := "=" | "!=" | "&lt;" | "&lt;=" | "&gt;" | "&gt;="
 * value      := number | name | 'quoted text' | true | false
 * </pre>
 *
 * Keywords and names are case-insensitive. A mistake is refused with the column (1-based) and what was expected
 * there, never half-read.
 */
public final class SegmentParser {

    /** Longest condition accepted. */
    public static final int MAX_LENGTH = 4_000;
    /** Longest purchase window, in days. */
    public static final int MAX_WINDOW_DAYS = 3_650;

    private enum Type { NAME, NUMBER, DAYS, TEXT, OPERATOR, OPEN, CLOSE, END }

    private record Token(Type type, String text, int column) {
        String shown() {
            return type == Type.END ? "the end" : "'" + text + "'";
        }
    }

    /** The tokens not read yet; the end token is never taken, so there is always one to look at. */
    private final Deque<Token> tokens;

    private SegmentParser(List<Token> tokens) {
        this.tokens = new ArrayDeque<>(tokens);
    }

    /** The condition written in {@code text}; {@link SegmentSyntaxException} names the column of a mistake. */
    public static SegmentCondition parse(String text) {
        if (text == null || text.isBlank()) {
            throw new SegmentSyntaxException(1, "a condition such as: stage = active and spend(90d) > 100", "nothing");
        }
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("'expression' is longer than " + MAX_LENGTH + " characters");
        }
        SegmentParser parser = new SegmentParser(tokenize(text));
        SegmentCondition condition = parser.or();
        Token end = parser.peek();
        if (end.type() != Type.END) {
            throw new SegmentSyntaxException(end.column(), "and, or or the end", end.shown());
        }
        return condition;
    }

    private SegmentCondition or() {
        SegmentCondition left = and();
        while (keyword("or")) {
            left = new SegmentCondition.Or(left, and());
        }
        return left;
    }

    private SegmentCondition and() {
        SegmentCondition left = unary();
        while (keyword("and")) {
            left = new SegmentCondition.And(left, unary());
        }
        return left;
    }

    private SegmentCondition unary() {
        if (keyword("not")) {
            return new SegmentCondition.Not(unary());
        }
        if (peek().type() == Type.OPEN) {
            tokens.pop();
            SegmentCondition inner = or();
            expect(Type.CLOSE, "')'");
            return inner;
        }
        return comparison();
    }

    private SegmentCondition comparison() {
        Token name = peek();
        if (name.type() != Type.NAME || isKeyword(name.text())) {
            throw new SegmentSyntaxException(name.column(), "a field (" + SegmentField.codes() + "), 'not' or '('",
                    name.shown());
        }
        tokens.pop();
        FieldRef field = field(name);
        Token op = peek();
        if (op.type() != Type.OPERATOR) {
            throw new SegmentSyntaxException(op.column(), "an operator (=, !=, <, <=, >, >=) after " + field,
                    op.shown());
        }
        tokens.pop();
        Operator operator = operator(op.text());
        Token value = peek();
        tokens.pop();
        return new Comparison(field, operator, value(field, operator, op, value));
    }

    private FieldRef field(Token name) {
        String text = name.text().toLowerCase(Locale.ROOT);
        if (text.startsWith("attr.")) {
            String attribute = name.text().substring(5);
            if (attribute.isEmpty()) {
                throw new SegmentSyntaxException(name.column() + 5, "an attribute name after 'attr.'", "nothing");
            }
            return new FieldRef(SegmentField.ATTRIBUTE, Optional.empty(), Optional.of(attribute));
        }
        SegmentField field = SegmentField.ofCode(text).filter(f -> f != SegmentField.ATTRIBUTE)
                .orElseThrow(() -> new SegmentSyntaxException(name.column(), "a field (" + SegmentField.codes() + ")",
                        name.shown()));
        if (field.kind() != SegmentField.Kind.WINDOWED_NUMBER) {
            if (peek().type() == Type.OPEN) {
                throw new SegmentSyntaxException(peek().column(), "an operator: " + field.code() + " takes no window",
                        "'('");
            }
            return new FieldRef(field, Optional.empty(), Optional.empty());
        }
        expect(Type.OPEN, "'(' and a window such as " + field.code() + "(90d)");
        Token days = peek();
        if (days.type() != Type.DAYS) {
            throw new SegmentSyntaxException(days.column(), "a window in days such as 90d", days.shown());
        }
        tokens.pop();
        int n = Integer.parseInt(days.text().substring(0, days.text().length() - 1));
        if (n < 1 || n > MAX_WINDOW_DAYS) {
            throw new SegmentSyntaxException(days.column(), "a window of 1 to " + MAX_WINDOW_DAYS + " days",
                    days.shown());
        }
        expect(Type.CLOSE, "')'");
        return new FieldRef(field, Optional.of(n), Optional.empty());
    }

    private static Object value(FieldRef field, Operator op, Token opToken, Token value) {
        SegmentField f = field.field();
        boolean equality = op == Operator.EQ || op == Operator.NE;
        if (!f.numeric() && !equality) {
            throw new SegmentSyntaxException(opToken.column(), "= or != for " + field + " (it is not a number)",
                    opToken.shown());
        }
        switch (f.kind()) {
            case NUMBER, WINDOWED_NUMBER -> {
                if (value.type() != Type.NUMBER) {
                    throw new SegmentSyntaxException(value.column(), "a number to compare " + field + " with",
                            value.shown());
                }
                return new BigDecimal(value.text());
            }
            case BOOLEAN -> {
                String v = value.text().toLowerCase(Locale.ROOT);
                if (value.type() != Type.NAME || !(v.equals("true") || v.equals("false"))) {
                    throw new SegmentSyntaxException(value.column(), "true or false for " + field, value.shown());
                }
                return Boolean.valueOf(v);
            }
            case CATEGORY -> {
                String v = value.text().toLowerCase(Locale.ROOT);
                if ((value.type() != Type.NAME && value.type() != Type.TEXT) || !f.categories().contains(v)) {
                    throw new SegmentSyntaxException(value.column(), "one of " + String.join(", ", f.categories())
                            + " for " + field, value.shown());
                }
                return v;
            }
            default -> {
                if (value.type() != Type.NAME && value.type() != Type.TEXT && value.type() != Type.NUMBER) {
                    throw new SegmentSyntaxException(value.column(), "a value ('quoted text' or a name) for " + field,
                            value.shown());
                }
                return value.text();
            }
        }
    }

    private static Operator operator(String symbol) {
        for (Operator o : Operator.values()) {
            if (o.symbol().equals(symbol)) {
                return o;
            }
        }
        return Operator.NE; // "<>", the only other spelling the tokenizer lets through
    }

    private boolean keyword(String word) {
        Token t = peek();
        if (t.type() == Type.NAME && t.text().equalsIgnoreCase(word)) {
            tokens.pop();
            return true;
        }
        return false;
    }

    private static boolean isKeyword(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        return t.equals("and") || t.equals("or") || t.equals("not");
    }

    private void expect(Type type, String what) {
        Token t = peek();
        if (t.type() != type) {
            throw new SegmentSyntaxException(t.column(), what, t.shown());
        }
        tokens.pop();
    }

    private Token peek() {
        return tokens.peek();
    }

    private static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int column = i + 1;
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(' || c == ')') {
                tokens.add(new Token(c == '(' ? Type.OPEN : Type.CLOSE, String.valueOf(c), column));
                i++;
            } else if (c == '=' || c == '<' || c == '>' || c == '!') {
                int end = i + 1;
                if (end < text.length() && (text.charAt(end) == '=' || (c == '<' && text.charAt(end) == '>'))) {
                    end++;
                }
                String op = text.substring(i, end);
                if (op.equals("!")) {
                    throw new SegmentSyntaxException(column, "'!=' (or 'not' before a comparison)", "'!'");
                }
                tokens.add(new Token(Type.OPERATOR, op, column));
                i = end;
            } else if (c == '\'') {
                StringBuilder s = new StringBuilder();
                int j = i + 1;
                while (true) {
                    if (j >= text.length()) {
                        throw new SegmentSyntaxException(column, "a closing quote for the text begun here", "the end");
                    }
                    if (text.charAt(j) == '\'') {
                        if (j + 1 < text.length() && text.charAt(j + 1) == '\'') {
                            s.append('\'');
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    s.append(text.charAt(j++));
                }
                tokens.add(new Token(Type.TEXT, s.toString(), column));
                i = j + 1;
            } else if (Character.isDigit(c) || (c == '-' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1)))) {
                int j = i + 1;
                while (j < text.length() && (Character.isDigit(text.charAt(j)) || text.charAt(j) == '.')) {
                    j++;
                }
                if (j < text.length() && (text.charAt(j) == 'd' || text.charAt(j) == 'D') && c != '-'
                        && !text.substring(i, j).contains(".")) {
                    tokens.add(new Token(Type.DAYS, text.substring(i, j) + "d", column));
                    i = j + 1;
                    continue;
                }
                String number = text.substring(i, j);
                if (!number.matches("-?\\d+(\\.\\d+)?")) {
                    throw new SegmentSyntaxException(column, "a number such as 100 or 0.5", "'" + number + "'");
                }
                tokens.add(new Token(Type.NUMBER, number, column));
                i = j;
            } else if (Character.isLetter(c) || c == '_') {
                int j = i + 1;
                while (j < text.length() && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '_'
                        || text.charAt(j) == '.' || text.charAt(j) == '-')) {
                    j++;
                }
                tokens.add(new Token(Type.NAME, text.substring(i, j), column));
                i = j;
            } else {
                throw new SegmentSyntaxException(column, "a field, a value, an operator or a parenthesis",
                        "'" + c + "'");
            }
        }
        tokens.add(new Token(Type.END, "", text.length() + 1));
        return tokens;
    }
}
