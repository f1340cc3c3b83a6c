# syntax=docker/dockerfile:1
# dlint-test: shellcheck on
FROM debian:12
# a heredoc body the shell runs: positions are the body's lines
# expect: ShellCheck@+1:1 as SC2164
# expect: ShellCheck@+2:6 as SC2086
RUN <<EOF
cd /opt
echo $1
EOF
# tab-stripped body (<<-): the columns are those of the file, tabs included
# expect: ShellCheck@+1:8 as SC2086
RUN <<-EOF
		echo $1
	EOF
# a heredoc fed to bash is checked as a script, and its expansions in the RUN line's script once
# expect: ShellCheck@+1:6 as SC2086
RUN bash <<EOF
echo $1
EOF
# a file written with cat: only its unquoted expansions are the shell's business
# expect: ShellCheck@+1:9 as SC2154
RUN cat <<EOF > /etc/motd
welcome $undefined_name
EOF
# quoted delimiter: the body is not expanded
RUN cat <<'EOF' > /etc/motd
welcome $undefined_name
EOF
# a Python heredoc is not a shell script
RUN <<EOF
#!/usr/bin/env python3
print("$x " + "%s" % 1)
EOF
