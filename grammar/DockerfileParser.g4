/*
 * Parser for Dockerfiles as BuildKit's Dockerfile frontend reads them. See DockerfileLexer.g4 for the token
 * stream: one EOL-terminated line per instruction, followed by its heredoc bodies.
 */
parser grammar DockerfileParser;

options {
    tokenVocab = DockerfileLexer;
}

dockerfile
    : (DIRECTIVE | COMMENT | BLANK | instruction)* EOF
    ;

instruction
    : instructionBody EOL heredoc*
    ;

heredoc
    : HEREDOC_BODY HEREDOC_END?
    | HEREDOC_END
    ;

instructionBody
    : fromInstruction
    | runInstruction
    | cmdInstruction
    | entrypointInstruction
    | shellInstruction
    | copyInstruction
    | addInstruction
    | volumeInstruction
    | exposeInstruction
    | envInstruction
    | labelInstruction
    | argInstruction
    | healthcheckInstruction
    | onbuildInstruction
    | maintainerInstruction
    | userInstruction
    | workdirInstruction
    | stopsignalInstruction
    | unknownInstruction
    ;

fromInstruction       : FROM flags words? ;
runInstruction        : RUN flags command? ;
cmdInstruction        : CMD flags command? ;
entrypointInstruction : ENTRYPOINT flags command? ;
shellInstruction      : SHELL flags command? ;
copyInstruction       : COPY flags paths? ;
addInstruction        : ADD flags paths? ;
volumeInstruction     : VOLUME flags paths? ;
exposeInstruction     : EXPOSE flags words? ;
envInstruction        : ENV flags keyValues? ;
labelInstruction      : LABEL flags keyValues? ;
argInstruction        : ARG flags keyValues? ;
maintainerInstruction : MAINTAINER flags text? ;
userInstruction       : USER flags text? ;
workdirInstruction    : WORKDIR flags text? ;
stopsignalInstruction : STOPSIGNAL flags text? ;
unknownInstruction    : UNKNOWN_KEYWORD flags text? ;

// HEALTHCHECK: a type word (CMD, NONE, anything), then a command in JSON or shell form.
healthcheckInstruction
    : HEALTHCHECK flags (healthcheckType TEXT_WS* command?)?
    ;

healthcheckType
    : TEXT_WORD
    ;

// ONBUILD wraps a complete instruction line with its own keyword and flags.
onbuildInstruction
    : ONBUILD flags instructionBody?
    ;

// Flag words, the `--` that ends them, and the whitespace around them.
flags
    : (FLAGS_WS | FLAG | FLAGS_END)*
    ;

// RUN, CMD, ENTRYPOINT, SHELL and HEALTHCHECK: exec form or one shell-form string.
command
    : jsonArray
    | text
    ;

// ADD, COPY, VOLUME: exec-style JSON array or whitespace-separated paths (heredoc sources included).
paths
    : jsonArray
    | words
    ;

jsonArray
    : JSON_OPEN JSON_WS* (jsonString (JSON_COMMA JSON_WS* jsonString)*)? JSON_CLOSE JSON_WS*
    ;

jsonString
    : JSON_STRING JSON_WS*
    ;

words
    : (WORD | HEREDOC_MARKER) (WORDS_WS | WORD | HEREDOC_MARKER)*
    ;

text
    : (TEXT_WORD | HEREDOC_MARKER) (TEXT_WS | TEXT_WORD | HEREDOC_MARKER)*
    ;

keyValues
    : KV_WORD (KV_WS | KV_WORD)*
    ;
