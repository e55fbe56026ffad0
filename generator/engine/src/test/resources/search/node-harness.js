// node node-harness.js <client.js> <siteDir> <queries.tsv> [lang] : prints one canonical result per
// query, each followed by a line "\u0000end"; lang is the index searched (default en).
var fs = require('fs'), path = require('path'), vm = require('vm');
var client = process.argv[2], site = process.argv[3], queries = process.argv[4];
globalThis.__readText = function (src) { return fs.readFileSync(path.join(site, src.substring('ROOT/'.length)), 'utf8'); };
vm.runInThisContext(fs.readFileSync(path.join(__dirname, 'shim.js'), 'utf8'));
vm.runInThisContext(fs.readFileSync(client, 'utf8'));
vm.runInThisContext(fs.readFileSync(path.join(__dirname, 'harness.js'), 'utf8'));
if (process.argv[5]) vm.runInThisContext('__lang = ' + JSON.stringify(process.argv[5]) + ';');
var lines = fs.readFileSync(queries, 'utf8').split('\n').filter(function (l) { return l.length > 0; });
var out = [];
(function next(i) {
  if (i === lines.length) { process.stdout.write(out.join('')); return; }
  var parts = lines[i].split('\t');
  __run(JSON.parse(parts[0]), parts[1], -1, function (text) { out.push(text + '\n\u0000end\n'); next(i + 1); });
})(0);
