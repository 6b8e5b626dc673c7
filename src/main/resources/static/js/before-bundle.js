// Loaded before Bootstrap Italia's bundle: its video.js would otherwise inject <style> elements, which the
// Content-Security-Policy (no 'unsafe-inline') blocks.
window.VIDEOJS_NO_DYNAMIC_STYLE = true;
