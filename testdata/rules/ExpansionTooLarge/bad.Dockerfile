# Sixteen doublings of 16 characters make A16 exactly 1 MiB; one more would be 2 MiB
ARG A0=0123456789abcdef
ARG A1=$A0$A0
ARG A2=$A1$A1
ARG A3=$A2$A2
ARG A4=$A3$A3
ARG A5=$A4$A4
ARG A6=$A5$A5
ARG A7=$A6$A6
ARG A8=$A7$A7
ARG A9=$A8$A8
ARG A10=$A9$A9
ARG A11=$A10$A10
ARG A12=$A11$A11
ARG A13=$A12$A12
ARG A14=$A13$A13
ARG A15=$A14$A14
ARG A16=$A15$A15
# expect: ExpansionTooLarge "built from A16 ← A15 ← A14"
ARG A17=${A16}${A16}
# the oversized value is never built: A17 stays as written, so a FROM using it is small
FROM alpine:3.20
ARG A16
# expect: ExpansionTooLarge "built from A16"
LABEL big="$A16 $A16"
# expect: ExpansionTooLarge
WORKDIR /$A16/$A16
# each replacement of a by the whole value squares the length: 4, 16, 256, 65,536, then 4 GiB
ENV X=aaaa
ENV X=${X//a/$X}
ENV X=${X//a/$X}
ENV X=${X//a/$X}
# expect: ExpansionTooLarge "built from X"
ENV X=${X//a/$X}
# a stage built on another inherits its variables
FROM alpine:3.20 AS base
ARG A16
FROM base
# expect: ExpansionTooLarge
COPY --chown=$A16$A16 a /a
# the rest of the file is still linted
USER nobody
