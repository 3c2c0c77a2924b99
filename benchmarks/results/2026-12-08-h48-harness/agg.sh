#!/bin/bash
# agg.sh FILE: mean and list of CPU and wall per label
awk '{k=$1; for(i=1;i<=NF;i++){if($i=="wall")w=$(i+1); if($i=="cpu")c=$(i+1)} cs[k]+=c; ws[k]+=w; n[k]++; a[k]=a[k]" "c; b[k]=b[k]" "w} END {for (k in cs) printf "%-18s n=%d cpu mean %.3f [%s ] wall mean %.3f [%s ]\n", k, n[k], cs[k]/n[k], a[k], ws[k]/n[k], b[k]}' "$1" | sort
