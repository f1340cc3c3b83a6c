FROM python:3.12
# expect: UnpinnedPackage:17 as DL3013 "`MySQL_python` is installed without a version"
RUN pip install MySQL_python
# expect: UnpinnedPackage as DL3013
RUN pip2 install MySQL_python
# expect: UnpinnedPackage as DL3013
RUN pip3 install MySQL_python
# expect: UnpinnedPackage as DL3013 "Pin it: `MySQL_python==<version>`."
RUN python -m pip install MySQL_python
# expect: UnpinnedPackage as DL3013 "`black`"
RUN pipx install black
RUN pip install MySQL_python==1.2.2
RUN pip install MySQL_python~=1.2
RUN pip install MySQL_python===1.2.2
RUN pip install 'alabaster>=0.7'
RUN pip install 'alabaster<0.7'
RUN pip install 'alabaster!=0.7'
RUN pip install mypkg.whl
RUN pip install mypkg.tar.gz
RUN pip install -r requirements.txt
RUN pip install --requirement requirements.txt
RUN pip install .
RUN pip install foo/bar
RUN pip install https://example.org/baz.zip
RUN pip install git+https://github.com/user/repo.git@0.6-alpha#egg=repo
# expect: UnpinnedPackage as DL3013
RUN pip install git+https://github.com/user/repo.git#egg=repo
RUN pip install -c constraints.txt flask
RUN pip install --constraint constraints.txt flask
RUN pip install --index-url https://pypi.example/simple flask==2.0
RUN pip install --extra-index-url https://pypi.example/simple flask==2.0
RUN pip install --build /tmp/b --prefix /usr --root / --target /opt flask==2.0
RUN pip install --trusted-host pypi.example flask==2.0
RUN pipenv install black
RUN pipx install --python "$(which python)" "poetry==1.8.5"
RUN pip install --root-user-action ignore poetry==1.8.5
# expect: UnpinnedPackage as DL3013 "`mypkg`"
RUN pip install --root-user-action=ignore mypkg
# a requirements file does not pin the packages named beside it
# expect: UnpinnedPackage as DL3013 "`flask`"
RUN pip install -r requirements.txt flask
# uv's pip interface: no hadolint code
# expect: UnpinnedPackage "whatever `uv pip install`"
RUN uv pip install --system flask
