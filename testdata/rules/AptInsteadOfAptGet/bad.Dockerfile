FROM debian:12
# expect: AptInsteadOfAptGet:5 as DL3027 "`apt install` runs apt"
RUN apt install python
# expect: AptInsteadOfAptGet:5
RUN apt update && apt-get install -y curl
# expect: AptInsteadOfAptGet:28
RUN apt-get update && sudo apt list --installed
