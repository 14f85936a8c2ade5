package autograd.operators;

/**
 * Every sentence the operators refuse a snippet with, in one place. Each names the user's own text and types and says
 * what to write instead, in the operator form: a student never sees the method calls the rewrite would have made.
 */
final class Messages {
    private Messages() {}

    static String powerAssign() { return "Java has no **=: write x = x ** 2."; }

    static String powerOperands() { return "** needs a number or a Value on each side, as in x ** 2."; }

    /** {@code a ** b} with a Value b: the engine's own advice, in the operator form. */
    static String valueExponent(String base, String exponent, boolean numberBase) {
        String exp = numberBase ? "(" + exponent + " * Math.log(" + base + ")).exp()" : "(" + base + ".log() * "
                + exponent + ").exp()";
        return "** takes a number exponent, as in x ** 2; for the Value exponent " + exponent + " write " + exp + ".";
    }

    /** {@code a < b} with a Value: Values have no order, their data does. */
    static String compare(String op, String left, String right) {
        return "Values are not compared with " + op + ": compare their data, as in " + left + " " + op + " " + right
                + ".";
    }

    /** {@code x * "s"}: the operand that is neither a Value nor a number. */
    static String operandType(String op, String valueType, String text, String type) {
        if (type.equals("null")) return op + " works on " + valueType + "s and numbers, not on null.";
        return op + " works on " + valueType + "s and numbers, but " + text + " is " + article(type) + ".";
    }

    /** {@code d += x} with a number d: the variable cannot hold the Value. */
    static String compoundTarget(String op, String target, String type, String valueType, String expression) {
        return target + " is " + article(type) + " and cannot hold " + article(valueType) + ": declare it as "
                + article(valueType) + ", or use its number, as in " + target + " " + op + " " + expression + ".data.";
    }

    static String compoundLeftSide(String op) {
        return "The left of " + op + " must be a variable, a field or an array element with a plain index, "
                + "so that nothing in it runs twice; give it a name first.";
    }

    /** A student's class that lacks what the operator calls. */
    static String lacks(String type, String method, String operator) {
        return type + " has no " + method + ", which " + operator + " calls.";
    }

    /** A student's class whose method takes only its own type, with no constructor to make the number one. */
    static String lacksNumber(String type, String method, String number) {
        return type + " has no " + method + " that takes a number, and no constructor " + type + "(double) to make "
                + number + " " + article(type) + ".";
    }

    static String article(String type) {
        return ("AEIOUaeiou".indexOf(type.charAt(0)) >= 0 ? "an " : "a ") + type;
    }
}
