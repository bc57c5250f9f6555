#!/bin/sh
# Speaks an exhibit's narration into a small Ogg Opus file with Debian's speech synthesiser (not part of the build):
#   apt-get install -y espeak-ng sox opus-tools
#   scripts/narration-audio.sh welcome en en-gb    # exhibit id, language, espeak-ng voice
# Mono, 16 kHz, 16 kbit/s: about 2 KB a second. Reference the file from the exhibit's `audio` field.
set -eu
id=$1 lang=$2 voice=${3:-en-gb}
out=public/media/narration/$id-$lang.ogg
tmp=$(mktemp -d)
node -e "const d=require('./src/content/default-exhibition.json');const e=d.exhibits.find(x=>x.id===process.argv[1]);process.stdout.write(e.narration[process.argv[2]])" "$id" "$lang" >"$tmp/text.txt"
espeak-ng -v "$voice" -s 150 -w "$tmp/speech.wav" -f "$tmp/text.txt"
sox "$tmp/speech.wav" -r 16000 -c 1 "$tmp/speech16.wav"
mkdir -p public/media/narration
opusenc --quiet --bitrate 16 --title "$id ($lang narration)" --artist "espeak-ng speech synthesis" "$tmp/speech16.wav" "$out"
rm -r "$tmp"
echo "$out"
