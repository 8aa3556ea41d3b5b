// The tus server of Ferry's upload tests: @tus/server with @tus/file-store on 127.0.0.1.
//   node server.js PORT DIRECTORY LOG
// Uploads are stored in DIRECTORY (<id> and <id>.json); the server keeps running until killed.
// LOG gets one line per request, written synchronously (it survives a SIGKILL):
//   "<METHOD> <id> <Upload-Offset sent by the client> <bytes the server had on arrival>"
// and "<status> <METHOD> <id>" once the answer is sent. "listening" goes to stdout when ready.
'use strict';
const fs = require('fs');
const http = require('http');
const path = require('path');
const { Server } = require('@tus/server');
const { FileStore } = require('@tus/file-store');

const [port, directory, log] = process.argv.slice(2);
if (!port || !directory || !log) {
    console.error('usage: node server.js PORT DIRECTORY LOG');
    process.exit(2);
}

const tus = new Server({ path: '/files', datastore: new FileStore({ directory }) });

function stored(id) {
    try {
        return fs.statSync(path.join(directory, id)).size;
    } catch {
        return -1;
    }
}

const server = http.createServer((req, res) => {
    const id = req.url.startsWith('/files/') ? req.url.slice('/files/'.length) : '-';
    const offset = req.headers['upload-offset'] ?? '-';
    fs.appendFileSync(log, `${req.method} ${id} ${offset} ${id === '-' ? -1 : stored(id)}\n`);
    res.on('finish', () => fs.appendFileSync(log, `${res.statusCode} ${req.method} ${id}\n`));
    tus.handle(req, res);
});
server.listen(Number(port), '127.0.0.1', () => console.log('listening'));
