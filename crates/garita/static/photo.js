// The photo step, for those who have JavaScript: shows the chosen photo before it is sent,
// and scales a large one down in the browser (longest side 1600 px, JPEG) so a slow
// connection sends far less. Without it the form sends the file as chosen; the server checks
// and limits every upload either way. No `capture` on the field: the phone offers its front
// and back cameras and the gallery. Previews are data: URLs (the CSP allows no blob:).
(function () {
  var MAX = 1600;
  var PREVIEW = 320;

  function load(file) {
    if (window.createImageBitmap) {
      return createImageBitmap(file, { imageOrientation: 'from-image' })
        .catch(function () { return createImageBitmap(file); });
    }
    return new Promise(function (resolve, reject) {
      var reader = new FileReader();
      reader.onload = function () {
        var img = new Image();
        img.onload = function () { resolve(img); };
        img.onerror = reject;
        img.src = reader.result;
      };
      reader.onerror = reject;
      reader.readAsDataURL(file);
    });
  }

  function draw(image, longest) {
    var scale = Math.min(1, longest / Math.max(image.width, image.height));
    var canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(image.width * scale));
    canvas.height = Math.max(1, Math.round(image.height * scale));
    canvas.getContext('2d').drawImage(image, 0, 0, canvas.width, canvas.height);
    return { canvas: canvas, scaled: scale < 1 };
  }

  Array.prototype.forEach.call(document.querySelectorAll('input[type=file][data-photo]'), function (input) {
    var preview = document.createElement('img');
    preview.className = 'photo-preview';
    preview.alt = input.getAttribute('data-preview-alt') || '';
    preview.hidden = true;
    input.insertAdjacentElement('afterend', preview);
    input.addEventListener('change', function () {
      var file = input.files && input.files[0];
      preview.hidden = true;
      input.removeAttribute('data-scaled');
      if (!file) return;
      load(file).then(function (image) {
        preview.src = draw(image, PREVIEW).canvas.toDataURL('image/jpeg', 0.8);
        preview.hidden = false;
        var big = draw(image, MAX);
        // Kept as chosen when small and already a JPEG or PNG.
        var kept = !big.scaled && (file.type === 'image/jpeg' || file.type === 'image/png');
        if (kept || !window.DataTransfer) return;
        big.canvas.toBlob(function (blob) {
          if (!blob || input.files[0] !== file) return;
          var dt = new DataTransfer();
          var name = (file.name || 'photo').replace(/\.[^.]*$/, '') + '.jpg';
          dt.items.add(new File([blob], name, { type: 'image/jpeg' }));
          input.files = dt.files;
          input.setAttribute('data-scaled', big.canvas.width + 'x' + big.canvas.height);
        }, 'image/jpeg', 0.9);
      }).catch(function () {
        // This browser cannot read it: sent as chosen, and the server says why if it refuses.
      });
    });
  });
})();
