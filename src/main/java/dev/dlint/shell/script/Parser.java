package dev.dlint.shell.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Recursive-descent parser for the POSIX shell grammar (plus the bash forms common in Dockerfiles). It reports problems to
 * the {@link ParseSession} and always returns a tree; nesting is bounded by {@link ParseSession#MAX_DEPTH}.
 *
 * <p>Lists stop at any closing token ({@code )}, {@code ;;}, {@code then}, {@code fi}, {@code done}, …) whether or not it is
 * the one the enclosing construct expects, so a stray or missing keyword ends the innermost constructs with an error and
 * the top level skips it.
 */
final class Parser {
    private static final Set<String> CLOSING_WORDS = Set.of("then", "else", "elif", "fi", "do", "done", "esac", "}");
    private static final Set<String> CLOSING_OPERATORS = Set.of(")", ";;", ";&", ";;&");
    private static final Set<String> COMPOUND_STARTS = Set.of("{", "if", "while", "until", "for", "case");
    private static final Set<String> CASE_TERMINATORS = Set.of(";;", ";&", ";;&");

    private final ParseSession session;
    private final Lexer lexer;
    private final Positions at;
    /** Local end offset of the last consumed token. */
    private int lastEnd;

    Parser(ParseSession session, Lexer lexer) {
        this.session = session;
        this.lexer = lexer;
        this.at = lexer.positions();
        this.lastEnd = lexer.from();
    }

    /**
     * Parses statements to the end of the text, or to a closing {@code )} when {@code closedByParen} is set (the body of
     * {@code $( … )}); that parenthesis is left as the next token. Stray closing tokens are reported and skipped.
     */
    Script parseProgram(boolean closedByParen) {
        int start = lexer.from();
        List<Statement> statements = new ArrayList<>();
        while (true) {
            statements.addAll(parseStatements());
            Token token = lexer.peek();
            if (token.kind() == Token.Kind.END || (closedByParen && token.isOperator(")"))) {
                break;
            }
            error("unexpected " + token.describe(), token.start());
            advance();
            if (lexer.peek().isOperator(";") || lexer.peek().isOperator("&")) {
                advance(); // a separator after a stray token is part of the same mistake
            }
        }
        int end = Math.max(start, lexer.peek().start());
        return new Script(at.start(start), at.end(end), statements);
    }

    /** A list of statements ended by a closing token or the end of input, as in a compound command's body. */
    private Script parseList() {
        skipNewlines();
        int start = lexer.peek().start();
        List<Statement> statements = parseStatements();
        int end = statements.isEmpty() ? start : Math.max(start, lastEnd);
        return new Script(at.start(start), at.end(end), statements);
    }

    private List<Statement> parseStatements() {
        List<Statement> statements = new ArrayList<>();
        while (true) {
            skipNewlines();
            Token token = lexer.peek();
            if (token.kind() == Token.Kind.END || isClosing(token)) {
                return statements;
            }
            if (!canStartCommand(token)) {
                error("unexpected " + token.describe(), token.start());
                advance();
                continue;
            }
            Statement statement = parseStatement();
            if (statement != null) {
                statements.add(statement);
            }
        }
    }

    private Statement parseStatement() {
        int start = lexer.peek().start();
        Pipeline first = parsePipeline();
        if (first == null) {
            return null;
        }
        List<Pipeline> pipelines = new ArrayList<>(List.of(first));
        List<Operator> operators = new ArrayList<>();
        int end = parseChain(pipelines, operators, this::parsePipeline, "&&", "||");
        Optional<Operator> terminator = Optional.empty();
        Token next = lexer.peek();
        if (next.isOperator(";") || next.isOperator("&") || next.kind() == Token.Kind.NEWLINE) {
            terminator = Optional.of(operator(advance()));
        } else if (canStartCommand(next) && !isClosing(next)) {
            // other stray tokens are reported by the enclosing list
            error("expected ';', '&' or a newline before " + next.describe(), next.start());
        }
        return new Statement(at.start(start), at.end(end), pipelines, operators, terminator);
    }

    private Pipeline parsePipeline() {
        int start = lexer.peek().start();
        boolean negated = false;
        while (lexer.peek().isWord("!")) {
            advance();
            negated = true;
        }
        if (negated && (!canStartCommand(lexer.peek()) || isClosing(lexer.peek()))) {
            error("missing command after '!'", start);
            return null;
        }
        Command first = parseCommand();
        if (first == null) {
            return null;
        }
        List<Command> commands = new ArrayList<>(List.of(first));
        List<Operator> operators = new ArrayList<>();
        int end = parseChain(commands, operators, this::parseCommand, "|", "|&");
        return new Pipeline(at.start(start), at.end(end), negated, commands, operators);
    }

    /**
     * Parses the rest of {@code item (op item)*} for the two operators {@code op} and {@code alternative}, a newline
     * allowed after each, adding to {@code items} and {@code operators}; returns the end offset of the last item.
     */
    private <T> int parseChain(List<T> items, List<Operator> operators, Supplier<T> item, String op,
                               String alternative) {
        int end = lastEnd;
        while (lexer.peek().isOperator(op) || lexer.peek().isOperator(alternative)) {
            Token operator = advance();
            skipNewlines();
            Token next = lexer.peek();
            if (!canStartCommand(next) || isClosing(next)) {
                error("missing command after '" + operator.text() + "'", operator.start());
                break;
            }
            T parsed = item.get();
            if (parsed == null) {
                break;
            }
            operators.add(operator(operator));
            items.add(parsed);
            end = lastEnd;
        }
        return end;
    }

    /** Parses the command at the current token; null when nothing usable could be built (an error was reported). */
    private Command parseCommand() {
        Token token = lexer.peek();
        if (token.isOperator("(")) {
            return parseSubshellOrArithmetic();
        }
        if (token.kind() == Token.Kind.WORD) {
            switch (token.text()) {
                case "if":
                    return parseIf();
                case "while":
                    return parseWhile(false);
                case "until":
                    return parseWhile(true);
                case "for":
                    return parseFor();
                case "case":
                    return parseCase();
                case "{":
                    return parseBraceGroup();
                case "function":
                    return parseFunctionKeyword();
                default:
                    break;
            }
        }
        return parseSimpleCommand();
    }

    private Command parseSimpleCommand() {
        int start = lexer.peek().start();
        List<Assignment> assignments = new ArrayList<>();
        List<Word> words = new ArrayList<>();
        List<Redirection> redirections = new ArrayList<>();
        while (true) {
            Token token = lexer.peek();
            if (token.kind() == Token.Kind.WORD) {
                advance();
                if (words.isEmpty() && token.assignment() != null) {
                    assignments.add(token.assignment());
                    continue;
                }
                words.add(token.word());
                if (words.size() == 1 && token.text().equals("[[")) {
                    readTestExpression(token, words);
                } else if (words.size() == 1 && assignments.isEmpty() && redirections.isEmpty()
                        && lexer.peek().isOperator("(") && isFunctionName(token.word())) {
                    return parseFunctionDefinition(token);
                }
            } else if (isRedirectionStart(token)) {
                Redirection redirection = parseRedirection();
                if (redirection != null) {
                    redirections.add(redirection);
                }
            } else {
                break;
            }
        }
        return new SimpleCommand(at.start(start), at.end(Math.max(start, lastEnd)), assignments, words, redirections);
    }

    /** Reads the operands of bash's {@code [[ … ]]} up to and including {@code ]]} into {@code words}. */
    private void readTestExpression(Token open, List<Word> words) {
        while (true) {
            Token token = lexer.nextTestWord();
            if (token.kind() != Token.Kind.WORD) {
                lexer.unread(token);
                error("expected ']]' to close '[['", open.start());
                return;
            }
            lastEnd = token.end();
            words.add(token.word());
            if (token.text().equals("]]")) {
                return;
            }
        }
    }

    private static boolean isFunctionName(Word word) {
        Optional<String> name = word.literal();
        return name.isPresent() && !name.get().isEmpty() && name.get().indexOf('=') < 0
                && !COMPOUND_STARTS.contains(word.raw()) && !CLOSING_WORDS.contains(word.raw());
    }

    private Command parseFunctionDefinition(Token nameToken) {
        String name = nameToken.word().literal().orElse("");
        advance(); // (
        if (!acceptOperator(")")) {
            error("expected ')' after '" + name + "('", lexer.peek().start());
        }
        return functionBody(nameToken.start(), name);
    }

    /** Bash's {@code function name [()] compound-command}. */
    private Command parseFunctionKeyword() {
        Token keyword = advance();
        Token nameToken = lexer.peek();
        if (nameToken.kind() != Token.Kind.WORD) {
            error("expected a function name after 'function'", keyword.start());
            return null;
        }
        advance();
        if (acceptOperator("(") && !acceptOperator(")")) {
            error("expected ')' after '" + nameToken.text() + "('", lexer.peek().start());
        }
        return functionBody(keyword.start(), nameToken.word().unquoted());
    }

    private Command functionBody(int start, String name) {
        skipNewlines();
        Token token = lexer.peek();
        if (!token.isOperator("(") && !(token.kind() == Token.Kind.WORD && COMPOUND_STARTS.contains(token.text()))) {
            error("expected a compound command as the body of function '" + name + "'", token.start());
            return null;
        }
        return nested(start, () -> {
            Command body = parseCommand();
            if (!(body instanceof CompoundCommand)) {
                return null;
            }
            return new FunctionDefinition(at.start(start), at.end(lastEnd), name, (CompoundCommand) body);
        });
    }

    private Redirection parseRedirection() {
        Token first = lexer.peek();
        OptionalInt fd = OptionalInt.empty();
        if (first.kind() == Token.Kind.IO_NUMBER) {
            advance();
            fd = OptionalInt.of(first.text().length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(first.text()));
        }
        Token operatorToken = advance();
        RedirectionOperator operator = RedirectionOperator.bySymbol(operatorToken.text());
        if (operator == null) {
            error("expected a redirection operator, found " + operatorToken.describe(), operatorToken.start());
            return null;
        }
        Token target = lexer.peek();
        if (target.kind() != Token.Kind.WORD) {
            error("missing target after '" + operatorToken.text() + "'", operatorToken.start());
            return null;
        }
        advance();
        Optional<HereDocument> hereDocument = Optional.empty();
        if (operator.isHereDocument()) {
            hereDocument = Optional.of(lexer.readHereDocument(target.word(),
                    operator == RedirectionOperator.HERE_DOCUMENT_STRIP_TABS, operatorToken.start()));
        }
        return new Redirection(at.start(first.start()), at.end(target.end()), fd, operator, target.word(), hereDocument);
    }

    private List<Redirection> trailingRedirections() {
        List<Redirection> redirections = new ArrayList<>();
        while (isRedirectionStart(lexer.peek())) {
            Redirection redirection = parseRedirection();
            if (redirection != null) {
                redirections.add(redirection);
            }
        }
        return redirections;
    }

    private Command parseSubshellOrArithmetic() {
        Token open = lexer.peek();
        int arithmeticEnd = lexer.arithmeticEnd(open.start());
        if (arithmeticEnd > 0) {
            lexer.resumeAt(arithmeticEnd);
            lastEnd = arithmeticEnd;
            String expression = lexer.source().substring(open.start() + 2, arithmeticEnd - 2);
            List<Redirection> redirections = trailingRedirections();
            return new ArithmeticCommand(at.start(open.start()), at.end(lastEnd), expression, redirections);
        }
        advance();
        return nested(open.start(), () -> {
            Script body = parseList();
            expectClosingOperator(")", "'('", open);
            List<Redirection> redirections = trailingRedirections();
            return new Subshell(at.start(open.start()), at.end(lastEnd), body, redirections);
        });
    }

    private Command parseBraceGroup() {
        Token open = advance();
        return nested(open.start(), () -> {
            Script body = parseList();
            expectClosingWord("}", open);
            List<Redirection> redirections = trailingRedirections();
            return new BraceGroup(at.start(open.start()), at.end(lastEnd), body, redirections);
        });
    }

    private Command parseIf() {
        Token keyword = advance();
        return nested(keyword.start(), () -> {
            List<IfBranch> branches = new ArrayList<>();
            Optional<Script> elseBody = Optional.empty();
            int branchStart = keyword.start();
            while (true) {
                Script condition = parseList();
                Script body = acceptWord("then") ? parseList() : missing("then");
                branches.add(new IfBranch(at.start(branchStart), at.end(Math.max(branchStart, lastEnd)), condition, body));
                Token next = lexer.peek();
                if (next.isWord("elif")) {
                    branchStart = advance().start();
                } else {
                    if (next.isWord("else")) {
                        advance();
                        elseBody = Optional.of(parseList());
                    }
                    break;
                }
            }
            expectClosingWord("fi", keyword);
            List<Redirection> redirections = trailingRedirections();
            return new IfCommand(at.start(keyword.start()), at.end(lastEnd), branches, elseBody, redirections);
        });
    }

    private Command parseWhile(boolean until) {
        Token keyword = advance();
        return nested(keyword.start(), () -> {
            Script condition = parseList();
            Script body = acceptWord("do") ? parseList() : missing("do");
            expectClosingWord("done", keyword);
            List<Redirection> redirections = trailingRedirections();
            return new WhileLoop(at.start(keyword.start()), at.end(lastEnd), until, condition, body, redirections);
        });
    }

    private Command parseFor() {
        Token keyword = advance();
        return nested(keyword.start(), () -> {
            String variable = "";
            Token name = lexer.peek();
            if (name.kind() == Token.Kind.WORD) {
                advance();
                variable = name.text();
                if (!isName(variable)) {
                    error("'" + variable + "' is not a valid loop variable name", name.start());
                }
            } else {
                error("expected a variable name after 'for'", keyword.start());
            }
            Optional<List<Word>> items = Optional.empty();
            skipNewlines();
            if (acceptWord("in")) {
                List<Word> words = new ArrayList<>();
                while (lexer.peek().kind() == Token.Kind.WORD) {
                    words.add(advance().word());
                }
                items = Optional.of(words);
                Token separator = lexer.peek();
                if (separator.isOperator(";") || separator.kind() == Token.Kind.NEWLINE) {
                    advance();
                } else {
                    error("expected ';' or a newline after the words of 'for'", separator.start());
                }
            } else {
                acceptOperator(";");
            }
            skipNewlines();
            Script body = acceptWord("do") ? parseList() : missing("do");
            expectClosingWord("done", keyword);
            List<Redirection> redirections = trailingRedirections();
            return new ForLoop(at.start(keyword.start()), at.end(lastEnd), variable, items, body, redirections);
        });
    }

    private Command parseCase() {
        Token keyword = advance();
        return nested(keyword.start(), () -> {
            Token subjectToken = lexer.peek();
            if (subjectToken.kind() != Token.Kind.WORD) {
                error("expected a word after 'case'", keyword.start());
                return null;
            }
            Word subject = advance().word();
            skipNewlines();
            List<CaseItem> items = new ArrayList<>();
            if (!acceptWord("in")) {
                error("expected 'in' after the subject of 'case'", lexer.peek().start());
                return new CaseCommand(at.start(keyword.start()), at.end(lastEnd), subject, items, List.of());
            }
            boolean closed = false;
            while (true) {
                skipNewlines();
                Token token = lexer.peek();
                if (token.isWord("esac")) {
                    advance();
                    closed = true;
                    break;
                }
                if (token.kind() == Token.Kind.END) {
                    break;
                }
                int itemStart = token.start();
                acceptOperator("(");
                List<Word> patterns = new ArrayList<>();
                while (lexer.peek().kind() == Token.Kind.WORD) {
                    patterns.add(advance().word());
                    if (!acceptOperator("|")) {
                        break;
                    }
                }
                if (!acceptOperator(")")) {
                    error("expected ')' after a case pattern, found " + lexer.peek().describe(), lexer.peek().start());
                    break;
                }
                Script body = parseList();
                Token end = lexer.peek();
                Optional<String> terminator = Optional.empty();
                if (end.kind() == Token.Kind.OPERATOR && CASE_TERMINATORS.contains(end.text())) {
                    advance();
                    terminator = Optional.of(end.text());
                }
                items.add(new CaseItem(at.start(itemStart), at.end(Math.max(itemStart, lastEnd)), patterns, body, terminator));
                if (terminator.isEmpty() && !end.isWord("esac")) {
                    break;
                }
            }
            if (!closed) {
                error("expected 'esac' to close 'case'", keyword.start());
            }
            List<Redirection> redirections = trailingRedirections();
            return new CaseCommand(at.start(keyword.start()), at.end(lastEnd), subject, items, redirections);
        });
    }

    /** Parses a compound command one nesting level deeper; null when that is past the nesting limit (reported). */
    private Command nested(int start, Supplier<Command> parse) {
        if (!session.enter(at.start(start))) {
            return null;
        }
        try {
            return parse.get();
        } finally {
            session.leave();
        }
    }

    /** Reports a missing keyword and returns an empty body in its place. */
    private Script missing(String keyword) {
        Token token = lexer.peek();
        error("expected '" + keyword + "', found " + token.describe(), token.start());
        return new Script(at.start(token.start()), at.end(token.start()), List.of());
    }

    private void expectClosingWord(String word, Token opener) {
        if (!acceptWord(word)) {
            error("expected '" + word + "' to close '" + opener.text() + "', found " + lexer.peek().describe(), opener.start());
        }
    }

    private void expectClosingOperator(String operator, String opener, Token openerToken) {
        if (!acceptOperator(operator)) {
            error("expected '" + operator + "' to close " + opener + ", found " + lexer.peek().describe(), openerToken.start());
        }
    }

    private boolean acceptWord(String word) {
        if (lexer.peek().isWord(word)) {
            advance();
            return true;
        }
        return false;
    }

    private boolean acceptOperator(String operator) {
        if (lexer.peek().isOperator(operator)) {
            advance();
            return true;
        }
        return false;
    }

    private Token advance() {
        Token token = lexer.next();
        if (token.kind() != Token.Kind.END) {
            lastEnd = token.end();
        }
        return token;
    }

    private void skipNewlines() {
        while (lexer.peek().kind() == Token.Kind.NEWLINE) {
            lexer.next();
        }
    }

    private Operator operator(Token token) {
        Connector kind;
        switch (token.text()) {
            case ";":
                kind = Connector.SEMICOLON;
                break;
            case "&":
                kind = Connector.BACKGROUND;
                break;
            case "&&":
                kind = Connector.AND;
                break;
            case "||":
                kind = Connector.OR;
                break;
            case "|":
                kind = Connector.PIPE;
                break;
            case "|&":
                kind = Connector.PIPE_ALL;
                break;
            default:
                kind = Connector.NEWLINE;
                break;
        }
        return new Operator(kind, at.start(token.start()), at.end(token.end()));
    }

    private static boolean isClosing(Token token) {
        return (token.kind() == Token.Kind.OPERATOR && CLOSING_OPERATORS.contains(token.text()))
                || (token.kind() == Token.Kind.WORD && CLOSING_WORDS.contains(token.text()));
    }

    private static boolean canStartCommand(Token token) {
        return token.kind() == Token.Kind.WORD || token.isOperator("(") || isRedirectionStart(token);
    }

    private static boolean isRedirectionStart(Token token) {
        return token.kind() == Token.Kind.IO_NUMBER
                || (token.kind() == Token.Kind.OPERATOR && RedirectionOperator.bySymbol(token.text()) != null);
    }

    private static boolean isName(String text) {
        if (text.isEmpty() || !WordScanner.isNameStart(text.charAt(0))) {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            if (!WordScanner.isNameChar(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private void error(String message, int localOffset) {
        session.error(message, at.start(localOffset));
    }
}
