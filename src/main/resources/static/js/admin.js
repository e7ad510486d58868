// Back-office behaviour. Loaded with the page's CSP nonce; no inline script anywhere.
(function () {
  'use strict';

  // Forms that destroy something ask first.
  document.addEventListener('submit', function (event) {
    var question = event.target.getAttribute('data-confirm');
    if (question && !window.confirm(question)) {
      event.preventDefault();
    }
  });

  // The rich-text editor (Quill), built over a plain textarea that keeps working
  // without JavaScript. Bodies with structure the visual editor cannot keep (tables,
  // figures, images, code blocks) open in the HTML view instead, so nothing is lost.
  function setUpEditor(textarea) {
    if (typeof window.Quill !== 'function') {
      return;
    }
    var labels = JSON.parse(textarea.getAttribute('data-labels') || '{}');
    var holder = document.createElement('div');
    holder.className = 'rich-editor';
    var surface = document.createElement('div');
    holder.appendChild(surface);
    textarea.parentNode.insertBefore(holder, textarea);
    var quill = new window.Quill(surface, {
      theme: 'snow',
      formats: ['header', 'bold', 'italic', 'link', 'list', 'blockquote', 'video', 'align'],
      modules: {
        toolbar: [[{ header: 2 }, { header: 3 }], ['bold', 'italic', 'link'],
          [{ list: 'ordered' }, { list: 'bullet' }], ['blockquote', 'video'], ['clean']]
      }
    });
    var toolbar = holder.querySelector('.ql-toolbar');
    toolbar.setAttribute('role', 'toolbar');
    toolbar.setAttribute('aria-label', labels.toolbar || '');
    toolbar.querySelectorAll('button').forEach(function (button) {
      var name = button.className.replace('ql-active', '').replace('ql-', '').trim();
      var key = button.value ? name + '-' + button.value : name;
      if (labels[key]) {
        button.setAttribute('aria-label', labels[key]);
        button.setAttribute('title', labels[key]);
      }
    });
    var editable = holder.querySelector('.ql-editor');
    editable.setAttribute('role', 'textbox');
    editable.setAttribute('aria-multiline', 'true');
    editable.setAttribute('aria-label', labels.body || '');
    editable.id = textarea.id + '-visual';
    holder.querySelectorAll('.ql-tooltip input').forEach(function (input) {
      input.setAttribute('aria-label', labels.address || '');
    });
    quill.clipboard.dangerouslyPasteHTML(textarea.value || '');
    quill.history.clear();

    var toggle = document.createElement('button');
    toggle.type = 'button';
    toggle.className = 'editor-toggle';
    textarea.parentNode.insertBefore(toggle, holder);
    var visual = !/<(table|figure|img|pre|h4|iframe(?![^>]*ql-video))/i.test(textarea.value);
    function show() {
      holder.hidden = !visual;
      textarea.hidden = visual;
      toggle.textContent = visual ? (labels.source || 'HTML') : (labels.visual || 'Visual');
      toggle.setAttribute('aria-pressed', visual ? 'false' : 'true');
    }
    function copyToTextarea() {
      var empty = quill.getText().trim() === '' && !surface.querySelector('iframe, img');
      textarea.value = empty ? '' : quill.root.innerHTML;
    }
    toggle.addEventListener('click', function () {
      if (visual) {
        copyToTextarea();
      } else {
        quill.setContents([]);
        quill.clipboard.dangerouslyPasteHTML(textarea.value || '');
      }
      visual = !visual;
      show();
    });
    textarea.form.addEventListener('submit', function () {
      if (visual) {
        copyToTextarea();
      }
    });
    show();
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('textarea[data-editor]').forEach(setUpEditor);
  });
})();
