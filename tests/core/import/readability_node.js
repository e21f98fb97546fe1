// SPDX-License-Identifier: MIT
// Runs Mozilla Readability (the Firefox reader view's extractor) on jsdom over saved pages, for
// the HTML import comparison test and benchmark. Nothing is fetched: jsdom loads no resources
// and runs no scripts by default.
//   node readability_node.js MODULES_DIR text FILE…        one JSON line per file: {file, title, byline, text}
//   node readability_node.js MODULES_DIR bench N FILE…     parses and extracts every file N times;
//                                                         prints {pages, ms, cpuMs} measured after start-up
'use strict';
const fs = require('fs');
const path = require('path');

const [modules, mode, ...rest] = process.argv.slice(2);
const {JSDOM, VirtualConsole} = require(path.join(modules, 'jsdom'));
const {Readability} = require(path.join(modules, '@mozilla/readability'));

// jsdom reports CSS it cannot parse on the console; that noise is not the pages' fault.
const quiet = new VirtualConsole();

function extract(html, file) {
    const dom = new JSDOM(html, {url: 'https://example.invalid/' + path.basename(file), virtualConsole: quiet});
    const article = new Readability(dom.window.document).parse();
    dom.window.close();
    return article;
}

if (mode === 'text') {
    for (const file of rest) {
        const article = extract(fs.readFileSync(file, 'utf8'), file);
        process.stdout.write(JSON.stringify({
            file,
            title: article ? article.title : '',
            byline: article ? article.byline || '' : '',
            text: article ? article.textContent : '',
        }) + '\n');
    }
} else if (mode === 'bench') {
    const rounds = Number(rest.shift());
    const pages = rest.map((f) => [f, fs.readFileSync(f, 'utf8')]);
    extract(pages[0][1], pages[0][0]); // warm up the JIT like the first page of a real batch would
    const cpuStart = process.cpuUsage();
    const start = process.hrtime.bigint();
    let count = 0;
    for (let r = 0; r < rounds; ++r) {
        for (const [file, html] of pages) {
            extract(html, file);
            ++count;
        }
    }
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    const cpu = process.cpuUsage(cpuStart); // every thread of the process, garbage collector included
    process.stdout.write(JSON.stringify({pages: count, ms, cpuMs: (cpu.user + cpu.system) / 1000}) + '\n');
} else {
    process.stderr.write('usage: readability_node.js MODULES_DIR text|bench [N] FILE…\n');
    process.exit(2);
}
