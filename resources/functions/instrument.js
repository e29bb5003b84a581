// SPDX-License-Identifier: GPL-3.0-or-later
// Instruments a function's source for the debugger: before each statement, a call
//   __twinProbe(LINE, "name,name,...", function (__twinExpr) { return eval(__twinExpr); });
// that reports the line, the names in scope and an evaluator of expressions in that scope
// (conditions of breakpoints, locals). Nothing is inserted across lines, so errors and
// traces keep naming the user's own lines. Evaluated with acorn (node-acorn) defined;
// returns instrument(source) -> {source, lines} or throws a SyntaxError.
(function (acorn) {
'use strict';

function collectDeclarations(body, names) {
    // var declarations and function declarations of a function body, not of nested functions.
    function visit(node) {
        if (!node || typeof node.type !== 'string') return;
        if (node.type === 'FunctionDeclaration') { if (node.id) names.push(node.id.name); return; }
        if (node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression') return;
        if (node.type === 'VariableDeclaration') {
            node.declarations.forEach(function (d) { patternNames(d.id, names); });
        }
        for (var key in node) {
            if (key === 'loc') continue;
            var child = node[key];
            if (Array.isArray(child)) child.forEach(visit);
            else if (child && typeof child.type === 'string') visit(child);
        }
    }
    visit(body);
}
function patternNames(pattern, names) {
    if (!pattern) return;
    if (pattern.type === 'Identifier') names.push(pattern.name);
    else if (pattern.type === 'ObjectPattern') pattern.properties.forEach(function (p) { patternNames(p.value || p.argument, names); });
    else if (pattern.type === 'ArrayPattern') pattern.elements.forEach(function (e) { patternNames(e, names); });
    else if (pattern.type === 'RestElement') patternNames(pattern.argument, names);
    else if (pattern.type === 'AssignmentPattern') patternNames(pattern.left, names);
}

return function instrument(source) {
    var ast = acorn.parse(source, { ecmaVersion: 2020, locations: true, allowHashBang: false });
    var inserts = [];
    var lines = [];
    function probe(statement, scope) {
        var unique = scope.filter(function (n, i) { return scope.indexOf(n) === i && n.indexOf('__twin') !== 0; });
        lines.push(statement.loc.start.line);
        return '__twinProbe(' + statement.loc.start.line + ', "' + unique.join(',')
            + '", function (__twinExpr) { return eval(__twinExpr); });';
    }
    function statements(list, scope) {
        list.forEach(function (s) {
            if (s.type !== 'FunctionDeclaration' && s.type !== 'EmptyStatement')
                inserts.push({ at: s.start, text: probe(s, scope) });
            visit(s, scope);
        });
    }
    // A statement that is the body of if/for/while without braces gets braces around it.
    function single(s, scope) {
        if (!s) return;
        if (s.type === 'BlockStatement') { visit(s, scope); return; }
        inserts.push({ at: s.start, text: '{' + probe(s, scope) });
        visit(s, scope);
        inserts.push({ at: s.end, text: '}' });
    }
    function visit(node, scope) {
        if (!node || typeof node.type !== 'string') return;
        switch (node.type) {
        case 'Program':
        case 'BlockStatement':
            statements(node.body, scope);
            return;
        case 'SwitchCase':
            statements(node.consequent, scope);
            if (node.test) visit(node.test, scope);
            return;
        case 'IfStatement':
            visit(node.test, scope); single(node.consequent, scope); single(node.alternate, scope);
            return;
        case 'ForStatement': case 'ForInStatement': case 'ForOfStatement': case 'WhileStatement':
        case 'DoWhileStatement': case 'LabeledStatement': case 'WithStatement': {
            var inner = scope.slice();
            if (node.init && node.init.type === 'VariableDeclaration') collectDeclarations(node.init, inner);
            if (node.left && node.left.type === 'VariableDeclaration') collectDeclarations(node.left, inner);
            for (var key in node) {
                if (key === 'body') continue;
                var c = node[key];
                if (c && typeof c.type === 'string') visit(c, inner);
            }
            single(node.body, inner);
            return;
        }
        case 'FunctionDeclaration': case 'FunctionExpression': case 'ArrowFunctionExpression': {
            var names = scope.slice();
            node.params.forEach(function (p) { patternNames(p, names); });
            if (node.body.type === 'BlockStatement') {
                collectDeclarations(node.body, names);
                statements(node.body.body, names);
            } else {
                visit(node.body, names);
            }
            return;
        }
        case 'CatchClause': {
            var withParam = scope.slice();
            patternNames(node.param, withParam);
            visit(node.body, withParam);
            return;
        }
        }
        for (var k in node) {
            if (k === 'loc') continue;
            var child = node[k];
            if (Array.isArray(child)) child.forEach(function (c) { visit(c, scope); });
            else if (child && typeof child.type === 'string') visit(child, scope);
        }
    }
    var top = [];
    collectDeclarations(ast, top);
    visit(ast, top);
    inserts.sort(function (a, b) { return b.at - a.at; });
    var out = source;
    inserts.forEach(function (i) { out = out.substring(0, i.at) + i.text + out.substring(i.at); });
    return { source: out, lines: lines };
};
})
