from alpine:3.20
run echo hello > /greeting.txt
entrypoint ["cat", "/greeting.txt"]
