/*
 * Lexer for Dockerfiles as BuildKit's Dockerfile frontend reads them.
 *
 * The lexer reads the file's *logical* view: every instruction is one line (continuations joined, comment and
 * blank lines inside continuations dropped, surrounding whitespace trimmed), followed by its heredoc bodies. That
 * view, and all context that modes cannot express, live in DockerfileLexerBase:
 *   - the escape character chosen by `# escape=` (KEY_VALUE vs KEY_VALUE_BACKTICK mode);
 *   - the line-level tokens it emits itself: DIRECTIVE, COMMENT, BLANK lines, HEREDOC_BODY / HEREDOC_END;
 *   - the heredoc queue: HEREDOC_MARKER tokens for `<<EOF` words, in the order their bodies follow;
 *   - the argument form of the current instruction (JSON or not, which mode follows the flags).
 * No rule here carries an action; modes are switched by the base class from the token types.
 */
lexer grammar DockerfileLexer;

options {
    superClass = dev.dlint.syntax.DockerfileLexerBase;
}

tokens {
    DIRECTIVE,
    COMMENT,
    BLANK,
    HEREDOC_MARKER,
    HEREDOC_BODY,
    HEREDOC_END
}

// ---------------------------------------------------------------------------------------------------------------
// DEFAULT mode: the keyword that starts an instruction (also the trigger keyword after ONBUILD).
// Keywords are case-insensitive; anything else up to the first [\t\v\f\r ] is an unknown instruction.

ADD         : A D D ;
ARG         : A R G ;
CMD         : C M D ;
COPY        : C O P Y ;
ENTRYPOINT  : E N T R Y P O I N T ;
ENV         : E N V ;
EXPOSE      : E X P O S E ;
FROM        : F R O M ;
HEALTHCHECK : H E A L T H C H E C K ;
LABEL       : L A B E L ;
MAINTAINER  : M A I N T A I N E R ;
ONBUILD     : O N B U I L D ;
RUN         : R U N ;
SHELL       : S H E L L ;
STOPSIGNAL  : S T O P S I G N A L ;
USER        : U S E R ;
VOLUME      : V O L U M E ;
WORKDIR     : W O R K D I R ;

UNKNOWN_KEYWORD : ~[\t\n\u000B\f\r ]+ ;

EOL : '\n' ;

// ---------------------------------------------------------------------------------------------------------------
// FLAGS mode: after every keyword. Leading words that start with `--` are flags; inside them quotes group
// characters (and are removed later) and a backslash takes the next character literally. A lone `--` ends them.

mode FLAGS;

FLAGS_WS  : UNICODE_SPACE+ ;
FLAGS_END : '--' ;
FLAG      : '--' (FLAG_PART+ FLAG_TAIL? | FLAG_TAIL) ;
FLAGS_EOL : '\n' -> type(EOL) ;

// Escapes inside a word always take the next character. Only at the end of the line may an escape stand alone or
// a quote stay open (to the end of the line); keeping those to the tail of a word stops the longest-match rule from
// letting an open quote swallow the closing quote and everything after it.
fragment FLAG_PART
    : '"' (~["\\\n] | '\\' ~'\n')* '"'
    | '\'' (~['\\\n] | '\\' ~'\n')* '\''
    | '\\' ~'\n'
    | ~[\t\n\u000B\f\r "'\\\u0085\u00A0]
    ;
fragment FLAG_TAIL
    : '"' (~["\\\n] | '\\' ~'\n')* '\\'?
    | '\'' (~['\\\n] | '\\' ~'\n')* '\\'?
    | '\\'
    ;

// ---------------------------------------------------------------------------------------------------------------
// JSON mode: exec form, entered only when the arguments are a valid JSON array of strings.

mode JSON;

JSON_OPEN   : '[' ;
JSON_CLOSE  : ']' ;
JSON_COMMA  : ',' ;
JSON_WS     : [ \t\r]+ ;
JSON_STRING : '"' (~["\\\u0000-\u001F] | '\\' ["\\/bfnrt] | '\\u' HEX HEX HEX HEX)* '"' ;
JSON_EOL    : '\n' -> type(EOL) ;

fragment HEX : [0-9a-fA-F] ;

// ---------------------------------------------------------------------------------------------------------------
// WORDS mode: arguments split on [\t\v\f\r ]+ (FROM, EXPOSE, and ADD/COPY/VOLUME outside JSON form).

mode WORDS;

WORDS_WS  : [\t\u000B\f\r ]+ ;
WORD      : ~[\t\n\u000B\f\r ]+ ;
WORDS_EOL : '\n' -> type(EOL) ;

// ---------------------------------------------------------------------------------------------------------------
// TEXT mode: one verbatim argument, the rest of the line (shell form, USER, WORKDIR, MAINTAINER, STOPSIGNAL,
// HEALTHCHECK's type and command, and the ignored arguments of unknown instructions). Split on whitespace only so
// that heredoc markers, which are whole shell words, start on a token boundary.

mode TEXT;

TEXT_WS   : UNICODE_SPACE+ ;
TEXT_WORD : ~[\t\n\u000B\f\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+ ;
TEXT_EOL  : '\n' -> type(EOL) ;

// ---------------------------------------------------------------------------------------------------------------
// KEY_VALUE modes: ENV, LABEL and ARG words. Quotes keep a word together; the escape character keeps the next
// character with it (outside single quotes). One mode per escape character.

mode KEY_VALUE;

KV_WS   : UNICODE_SPACE+ ;
KV_WORD : KV_PART+ KV_TAIL? | KV_TAIL ;
KV_EOL  : '\n' -> type(EOL) ;

fragment KV_PART
    : '"' (~["\\\n] | '\\' ~'\n')* '"'
    | '\'' ~['\n]* '\''
    | '\\' ~'\n'
    | ~[\t\n\u000B\f\r "'\\\u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]
    ;
fragment KV_TAIL
    : '"' (~["\\\n] | '\\' ~'\n')* '\\'?
    | '\'' ~['\n]*
    | '\\'
    ;

mode KEY_VALUE_BACKTICK;

KVB_WS   : UNICODE_SPACE+ -> type(KV_WS) ;
KVB_WORD : (KVB_PART+ KVB_TAIL? | KVB_TAIL) -> type(KV_WORD) ;
KVB_EOL  : '\n' -> type(EOL) ;

fragment KVB_PART
    : '"' (~["`\n] | '`' ~'\n')* '"'
    | '\'' ~['\n]* '\''
    | '`' ~'\n'
    | ~[\t\n\u000B\f\r "'`\u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]
    ;
fragment KVB_TAIL
    : '"' (~["`\n] | '`' ~'\n')* '`'?
    | '\'' ~['\n]*
    | '`'
    ;

// ---------------------------------------------------------------------------------------------------------------

fragment UNICODE_SPACE : [\t\u000B\f\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000] ;

fragment A : [aA] ;
fragment B : [bB] ;
fragment C : [cC] ;
fragment D : [dD] ;
fragment E : [eE] ;
fragment F : [fF] ;
fragment G : [gG] ;
fragment H : [hH] ;
fragment I : [iI] ;
fragment K : [kK] ;
fragment L : [lL] ;
fragment M : [mM] ;
fragment N : [nN] ;
fragment O : [oO] ;
fragment P : [pP] ;
fragment R : [rR] ;
fragment S : [sS] ;
fragment T : [tT] ;
fragment U : [uU] ;
fragment V : [vV] ;
fragment W : [wW] ;
fragment X : [xX] ;
fragment Y : [yY] ;
