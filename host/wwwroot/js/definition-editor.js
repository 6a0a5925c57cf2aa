// Checks the definition being edited as it is typed (debounced): posts the draft to the page's Check handler with the
// form's antiforgery token and lists each problem with its line; a click on a problem selects that line. Without
// JavaScript the page works as before: Validate and Publish show the problems next to the field.
(function () {
  'use strict';
  var area = document.getElementById('Document');
  var box = document.getElementById('live-check');
  if (!area || !box || !area.dataset.checkUrl || !window.fetch) {
    return;
  }

  var status = document.getElementById('live-status');
  var list = document.getElementById('live-problems');
  var form = area.form;
  var timer = null;
  var sequence = 0;
  var errorLines = {};

  // A gutter of line numbers beside the text, the lines with a problem marked; the text no longer wraps, so that
  // each number stays beside its line.
  var editor = document.createElement('div');
  editor.className = 'editor';
  var gutter = document.createElement('pre');
  gutter.className = 'gutter';
  gutter.id = 'line-numbers';
  gutter.setAttribute('aria-hidden', 'true');
  area.parentNode.insertBefore(editor, area);
  editor.appendChild(gutter);
  editor.appendChild(area);
  area.setAttribute('wrap', 'off');

  function numbers() {
    var count = area.value.split('\n').length;
    gutter.textContent = '';
    for (var i = 1; i <= count; i++) {
      var number = document.createElement('span');
      number.textContent = String(i);
      if (errorLines[i]) {
        number.className = 'error';
      }
      gutter.appendChild(number);
    }
    gutter.scrollTop = area.scrollTop;
  }

  area.addEventListener('scroll', function () { gutter.scrollTop = area.scrollTop; });

  function token() {
    var field = form.querySelector('input[name="__RequestVerificationToken"]');
    return field ? field.value : '';
  }

  function jump(line) {
    var lines = area.value.split('\n');
    var start = 0;
    for (var i = 0; i < line - 1 && i < lines.length; i++) {
      start += lines[i].length + 1;
    }
    var end = start + (lines[line - 1] || '').length;
    area.focus();
    area.setSelectionRange(start, end);
    var height = parseFloat(window.getComputedStyle(area).lineHeight) || 18;
    area.scrollTop = Math.max(0, (line - 3) * height);
  }

  function render(result) {
    errorLines = {};
    result.problems.forEach(function (problem) { errorLines[problem.line] = true; });
    numbers();
    list.textContent = '';
    box.hidden = false;
    box.className = 'live-check ' + (result.valid ? 'valid' : 'invalid');
    if (result.valid) {
      status.textContent = area.dataset.validText;
      return;
    }
    status.textContent = area.dataset.problemsText.replace('{0}', String(result.problems.length));
    result.problems.forEach(function (problem) {
      var item = document.createElement('li');
      item.dataset.line = String(problem.line);
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'link';
      button.textContent = area.dataset.lineText.replace('{0}', String(problem.line));
      button.addEventListener('click', function () { jump(problem.line); });
      var path = document.createElement('code');
      path.textContent = problem.path;
      item.appendChild(button);
      item.appendChild(document.createTextNode(' — '));
      item.appendChild(path);
      item.appendChild(document.createTextNode(area.dataset.colon + ' ' + problem.message));
      list.appendChild(item);
    });
  }

  function check() {
    var mine = ++sequence;
    var body = new URLSearchParams();
    body.append('Document', area.value);
    body.append('__RequestVerificationToken', token());
    fetch(area.dataset.checkUrl, { method: 'POST', body: body, credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (response) { return response.ok ? response.json() : Promise.reject(response.status); })
      .then(function (result) { if (mine === sequence) { render(result); } })
      .catch(function () {
        if (mine === sequence) {
          box.hidden = false;
          list.textContent = '';
          status.textContent = area.dataset.failedText;
        }
      });
  }

  numbers();
  area.addEventListener('input', function () {
    numbers();
    window.clearTimeout(timer);
    timer = window.setTimeout(check, 400);
  });
}());
