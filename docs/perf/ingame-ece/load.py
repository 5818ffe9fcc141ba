import csv, gzip, numpy as np
D='/work/shared/data/historical/nfl_pbp/'
cols=['season','qtr','gsr','poss','hs','as','down','dist','yl','hto','ato','spread','hf','af','isto','gid','clock','hsr','week','post']
rows=[]
gids={}
for s in range(2009,2023):
    with gzip.open(D+f'nfl_pbp_{s}.csv.gz','rt') as f:
        r=csv.DictReader(f)
        for d in r:
            q=int(d['qtr']); g=int(d['game_seconds_remaining'])
            clock = g-(4-q)*900 if q<=4 else g
            pt=d['posteam']; poss = 1 if pt==d['home_team'] else (-1 if pt==d['away_team'] else 0)
            def iv(k): 
                v=d[k]; return -1 if v=='' else int(float(v))
            sp=d['spread_line']; sp=np.nan if sp=='' else float(sp)
            gid=gids.setdefault(d['game_id'],len(gids))
            rows.append((s,q,g,poss,int(d['home_score_before']),int(d['away_score_before']),iv('down'),iv('ydstogo'),iv('yardline_100'),iv('home_timeouts_remaining'),iv('away_timeouts_remaining'),sp,int(d['home_final']),int(d['away_final']),1 if d['play_type']=='TIMEOUT' else 0,gid,min(900,max(0,clock)),int(d['half_seconds_remaining']),int(d['week']),1 if d['season_type']=='POST' else 0))
A=np.array(rows,dtype=float)
np.save('/tmp/ece/plays.npy',A)  # mkdir -p /tmp/ece first
print(A.shape, np.isnan(A[:,11]).sum())
