// Progressive enhancement: fill the location fields from the device's position. The form works
// without it (the fields can be typed), and nothing is sent anywhere but with the form.
(function () {
  var button = document.getElementById('locate');
  var status = document.getElementById('locate-status');
  if (!button || !status || !navigator.geolocation) return;
  button.hidden = false;
  button.addEventListener('click', function () {
    status.textContent = status.dataset.wait;
    navigator.geolocation.getCurrentPosition(function (p) {
      document.getElementById('latitude').value = p.coords.latitude.toFixed(5);
      document.getElementById('longitude').value = p.coords.longitude.toFixed(5);
      document.getElementById('accuracy').value = Math.round(p.coords.accuracy);
      status.textContent = status.dataset.done;
    }, function () {
      status.textContent = status.dataset.fail;
    }, { enableHighAccuracy: true, timeout: 20000, maximumAge: 60000 });
  });
})();
