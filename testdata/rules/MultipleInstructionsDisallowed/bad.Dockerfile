FROM scratch
# expect: MultipleInstructionsDisallowed:1 "Multiple ENTRYPOINT instructions should not be used in the same stage because only the last one will be used"
ENTRYPOINT ["/myapp"]
ENTRYPOINT ["/myotherapp"]
# expect: MultipleInstructionsDisallowed:1 "Multiple CMD instructions"
CMD ["/myapp"]
# expect: MultipleInstructionsDisallowed:1 "the CMD at line 12 replaces this one"
CMD ["/myapp", "--debug"]
COPY <<EOF /a.txt
Hello, World!
EOF
CMD ["/myotherapp"]
# expect: MultipleInstructionsDisallowed:1 "Multiple HEALTHCHECK instructions"
HEALTHCHECK NONE
HEALTHCHECK CMD ["/myotherapp", "health"]
