FROM alpine:3.20 AS build
# expect: SyntaxError:1 as DL1000 "unknown instruction: FORM (did you mean FROM?)"
FORM x
# expect: SyntaxError:6 "missing a value on flag: --from"
COPY --from build /out /app
# expect: SyntaxError "unknown flag: --bogus"
RUN --bogus echo hi
# expect: SyntaxError "arrays must be comprised of strings only"
CMD ["a", 1]
# expect: SyntaxError "COPY requires at least two arguments"
COPY onlyone
# expect: SyntaxError "invalid name for build stage"
FROM alpine:3.20 AS 1st
# expect: SyntaxError "WORKDIR requires exactly one argument"
WORKDIR
# expect: SyntaxError "variable expansion is not supported for --from"
COPY --from=${BUILDER} /out /app
# the rest of the file is still linted
USER nobody
