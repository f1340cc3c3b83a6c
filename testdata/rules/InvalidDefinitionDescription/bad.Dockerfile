# check=experimental=InvalidDefinitionDescription
# expect: InvalidDefinitionDescription@-1:1 "Comment for ARG should follow the format: `# foo <description>`"
#
# bar this is the bar
ARG foo=bar
# expect: InvalidDefinitionDescription@-1 "Comment for FROM should follow the format: `# base <description>`"
#
# BasE this is the BasE image
FROM scratch AS base
# expect: InvalidDefinitionDescription@-1 "`# version <description>`"
#
# definitely a bad comment
ARG version=latest
# expect: InvalidDefinitionDescription@-1 "`# <arg_key> <description>`"
#
# definitely a bad comment
ARG foo=baz bar=qux baz=quux
# a blank line does not separate a comment from the instruction (BuildKit's parser keeps it)
# expect: InvalidDefinitionDescription@-2 "`# other <description>`"
#
# a non-descriptive comment

ARG other=1
