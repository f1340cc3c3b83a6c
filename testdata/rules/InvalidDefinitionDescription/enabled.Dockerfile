# dlint-test: enable InvalidDefinitionDescription
#
# skip never turns an experimental check off
# check=skip=all
# expect: InvalidDefinitionDescription@-1
#
# not a description
FROM scratch AS base
