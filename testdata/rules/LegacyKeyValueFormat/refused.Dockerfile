FROM scratch
# quotes or escapes next to unquoted spaces: quoting the whole value would change it, so there is no fix
# expect: LegacyKeyValueFormat
ENV MIXED "a b" c
# expect: LegacyKeyValueFormat
ENV ESCAPED a\ b c
# expect: LegacyKeyValueFormat
LABEL single it's here
